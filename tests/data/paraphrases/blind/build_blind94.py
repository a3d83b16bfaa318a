# ruff: noqa: E501
"""Blind paraphrase set 94: "in a hurry". About forty people, each imagined once and kept in character for five to seven
questions about one picture, typing quickly on a phone or speaking into it while busy with something else: short
questions, dropped words, the question put first and its subject after, light misspellings, casual abbreviations, a
thing named first and then asked about, and now and then a longer spoken question that corrects itself midway. Every
question still has exactly one sensible reading to a careful reader.

The cast. On the CLEVR pictures: Kev, a courier texting between drops with one thumb ("pls", "quick y/n", "thx"); Jo, a
nurse on a ten-minute break dictating into her phone ("um", "sorry, I mean"); Dev, a floor trader barking orders
("Cubes. Count. Go."); Steph, a mum on the school run with the kids shouting in the back ("hang on", "sorry"); Tariq, a
line cook mid-service ("behind!", "yes no"); Bea, a student running late for a lecture, misspelling as she goes
("sphers", "wat", "teh", "rigth"); Marco, a delivery rider talking to his phone at red lights ("uh no wait", "I mean");
Hana, a barista between orders ("one sec", "r", "em"); Greg, a project manager walking between meetings ("quick q",
"fyi", "asap"); Nell, a vet nurse with a dog on the table ("ok so", "pls"); Ollie, fifteen, on a bus about to reach his
stop ("rn", "or nah", "u"); Dr Priti, an A&E doctor who asks in triage style ("Next:", "Shape.", "Both."); Finn, a
plumber on a call-out with wet hands, speaking ("right so", "sorry, I mean"); Carla, a realtor stuck in traffic ("k",
"thx", "lemme know"); Sunny, a taxi dispatcher juggling radio calls ("Copy", "go ahead", "units"); Lou, a mum of twins
("sry", "quick"); Ade, a sprinter between heats ("quick", "yeah?"); Meg, a reporter on deadline ("for the caption",
"need it now"); Wes, a gamer mid-match ("brb", "ty", "bigger then"); Ines, a traveller running for a gate ("boarding
now", "sorry typos"); Bob, a farmer speaking to his phone from the tractor ("uh", "scratch that"); and Tash, a
hairdresser between clients ("hun", "xx"). On the photo-like graphs: Lena, a cyclist at a red light; Omar, a bus spotter
running for his bus; PC Dale, a police officer on the radio ("Male in white", "confirm"); Kat, a tourist hurrying to a
tour; Ben, a sous chef mid-service ("behind", "yes chef"); Rob, a dad packing lunches ("ta"); Gosia, a cleaner between
jobs; Mia, an au pair texting in Spanish-shaped English ("the woman, wears yellow?"); Jaz, a dog walker with five leads
in one hand; Sid, a jogger checking his phone mid-run; Mags, a park warden on a quad bike; and Chloe, a teenage
babysitter. On the drawing: Mr Okafor, a teacher two minutes before the bell; Pia, a designer on a deadline; Tom, a dad
reading at bedtime with his daughter interrupting; Jules, an intern texting the boss; Raj, a software tester ("y/n",
"count:"); Vic, a sign painter up a ladder, talking ("no hang on"); Lottie, a commuter doing a puzzle app between
stations; and Pat, a grandmother typing with big thumbs ("triangels", "litle", "rectangel", "yelow").

Sentence shapes: dropped words ("yellow stuff how many", "behind the cube how many things", "2 small ones same
material?"), the question first and its subject after ("how many, the things in front of the red cube?", "What colour,
the ball closest to the front?"), the thing named first and then asked about ("the red one - material?", "Yellow
cylinder, go ahead, material?"), tags ("yeah?", "or nah", "y/n", "confirm", "xx"), abbreviations ("u", "r", "pls",
"thx", "ty", "w/", "ppl", "asap", "fyi", "rn", "incl"), light misspellings ("sphers", "cylindr", "teh", "rigth",
"triangels", "yelow", "litle", "rectangel", "bigger then"), and spoken self-corrections ("furthest back, no wait,
furthest forward", "the purple one, scratch that, the purple cube", "how many red ones, no hang on, how many red and
yellow ones together?").

The questions cover counts (with conditions, "not counting", "that aren't", "neither ... nor", "or", "together"),
existence, an attribute of one thing, yes/no checks of one value, two checks at once ("both", "AND"), comparisons of
counts ("more", "fewer", "as many as", "same number") and of attributes (same colour, size, shape or material),
quantifiers ("all", "both", "none", "any", "most"), exceptions ("everything except the ball", "apart from"), relations
(left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things
sharing a value, which of two things is the bigger, a list of values, the number of different colours, sides of a CLEVR
picture, sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and
clock. About half ask about CLEVR val scenes (22, 30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9; one or two people
to a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes;
about one in ten must be refused, each in the same hurried voice as the person's other questions (prices, opinions, what
happens next, names, makers and owners, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's yellow rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person
could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the
order along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of
the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is
answered with the side; a "which is bigger" between two things is asked only where their size classes differ, and
answered with the word that tells the bigger one from the other (its shape). Answers are the graph's words (gray, not
grey; sphere, not ball; "green, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or
"no" whatever the tag ("y/n", "confirm", "or nah"). A misspelt or abbreviated word is only used where the intended word
is plain. Every gold program and answer comes from the scene by plain Python. A count of "rectangles, incl the square"
is written with the square added explicitly (union(sel(rectangle), sel(square))).

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set; the only files read were build_blind66.py (its docstring, helpers and code, for the
format, the gold program language and the conventions), the first 5 lines of blind66.jsonl (for the line format) and the
blind_gold.py and blind_helpers.py helpers it imports, plus the scenes themselves (photo_scenes.json and the CLEVR val
scenes file, inspected with small Python snippets). No question was run through nsvr's parser, planner or ``nsvr ask``;
only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind94.py`` to write ``../blind94.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind94.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so the colour is needed)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Kev, a courier texting between drops with one thumb
C(
    "count",
    22,
    "yellow stuff how many",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "verify",
    22,
    "the cube - metal? quick y/n",
    "verify(u(sel(cube)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "spatial",
    22,
    "behind the cube how many things",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)
C(
    "compare_attr",
    22,
    "2 small ones same material?",
    "same(f(scene(), size=small), material)",
    lambda s: alike(s, s.f(size="small"), "material"),
)
C(
    "superlative",
    22,
    "colour of whatever's right at the front pls",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "position",
    22,
    "big yellow cylinder - left side of the pic or right? thx",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
X(22, "how much wd it cost to send that big cube next day? roughly")

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Jo, a nurse on a ten-minute break, dictating into her phone
C(
    "count",
    30,
    "How many balls, um, spheres I mean, are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    30,
    "Are they all big? All of the objects, I mean, every one.",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    30,
    "The cylinder, what's it made of?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    30,
    "The purple ball, is the green one to its right? Sorry, I mean is the green ball to the right of the purple ball.",
    "exist(f(rel(u(f(sel(sphere), color=purple)), right), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "right", {"shape": "sphere", "color": "purple"}),
)
C(
    "superlative",
    30,
    "What's furthest back, no wait, furthest forward. What colour is the one right at the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "number",
    30,
    "How many colours altogether, different ones?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 27: large purple rubber cube (right), small yellow metal sph (left), small red rubber cyl, large red rubber cube (front)

# --- Dev, a floor trader barking orders
C("count", 27, "Cubes. Count. Go.", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    27,
    "Two cubes same colour y/n",
    "same(sel(cube), color)",
    lambda s: alike(s, s.f(shape="cube"), "color"),
)
C(
    "negation",
    27,
    "Non-rubber items, how many?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "spatial",
    27,
    "Red cylinder. Stuff left of it, number?",
    "count(rel(u(f(sel(cylinder), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="red"))),
)
C(
    "compare_size",
    27,
    "Ball vs purple cube, which is bigger?",
    "q(u(f(union(sel(sphere), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere"), s.the(shape="cube", color="purple")),
)
C(
    "same_attr",
    27,
    "Red cube - anything else red? How many.",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
X(27, "What's this lot worth if I flip it tomorrow? Ballpark.")

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube (back)

# --- Steph, a mum on the school run, the kids shouting in the back
C(
    "count",
    14,
    "hang on - how many things in total? sorry, kids screaming",
    "count(scene())",
    lambda s: n(s.all()),
)
C("exist", 14, "any cylinders in it?", "exist(sel(cylinder))", lambda s: yes(bool(s.f(shape="cylinder"))))
C(
    "attribute",
    14,
    "the big ball, what colour",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_count",
    14,
    "more balls than cubes, yes or no",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "two_clause",
    14,
    "the cube - is it grey and is it small? both pls",
    "and_(verify(u(sel(cube)), color, gray), verify(u(sel(cube)), size, small))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "gray" and s.a(s.the(shape="cube"), "size") == "small"),
)
C(
    "spatial",
    14,
    "little blue ball in front of the cube?",
    "exist(f(rel(u(sel(cube)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "cube"}),
)
X(14, "how big is the little ball in real life, in cm? my 2yo puts everything in her mouth")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (far right)

# --- Tariq, a line cook mid-service
C("count", 2, "cylinders how many", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_size",
    2,
    "green cube bigger than the gray cylinder?",
    "larger(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cube", color="green"), s.the(shape="cylinder", color="gray")),
)
C(
    "quantifier",
    2,
    "both cylinders metal? yes no",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "superlative",
    2,
    "furthest right, which colour",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "attribute",
    2,
    "cyan cylinder rubber or metal",
    "choose(u(f(sel(cylinder), color=cyan)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "material"),
)
C(
    "spatial",
    2,
    "behind! how many behind the green cube",
    "count(rel(u(f(sel(cube), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="green"))),
)

# scene 0: small yellow rubber sph (front), large blue metal sph (far left), large green rubber cyl

# --- Bea, a student running late for a lecture
C("count", 0, "how many sphers", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    0,
    "wat colour is the cylindr",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify",
    0,
    "is teh big ball metal",
    "verify(u(f(sel(sphere), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "metal"),
)
C(
    "superlative",
    0,
    "which shape is furthest left",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "compare_attr",
    0,
    "2 balls same size??",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "position",
    0,
    "blue ball left or rigth side of the pic",
    "choose(u(f(sel(sphere), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="blue")),
)
X(0, "is this from the slides for tmrw? which prof made it")

# scene 21: small green rubber cyl (far left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Marco, a delivery rider talking to his phone at red lights
C(
    "count",
    21,
    "Okay how many small things, just the small ones.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "spatial",
    21,
    "What's in front of the gray ball, how many, uh no wait, behind it. How many are behind the gray ball?",
    "count(rel(u(f(sel(sphere), color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="gray"))),
)
C(
    "attribute",
    21,
    "The purple cylinder, is it metal or rubber?",
    "choose(u(f(sel(cylinder), color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", color="purple"), "material"),
)
C(
    "superlative",
    21,
    "What colour, the ball closest to the front?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    21,
    "Right of the red ball there's a cylinder, what colour's that, the cylinder I mean?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "right", shape="cylinder"), "color"),
)
X(21, "What's traffic like on the ring road right now, is it backed up?")

# --- Hana, a barista between orders
C(
    "count",
    21,
    "red or purple things, how many together",
    "count(union(f(scene(), color=red), f(scene(), color=purple)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(color="purple"))),
)
C("exist", 21, "one sec - any cubes? just yes or no", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "same_attr",
    21,
    "little yellow ball - how many others r the same material as it",
    "count(same_attr(u(f(sel(sphere), color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="yellow"), "material")),
)
C(
    "list",
    21,
    "colours of the spheres, all of em pls",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "spatial",
    21,
    "green cylinder left of the gray ball, yeah?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), left), color=green, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "green"}, "left", {"shape": "sphere", "color": "gray"}),
)

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Greg, a project manager walking between meetings
C(
    "count",
    25,
    "quick q: metal count?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "quantifier",
    25,
    "all the cylinders metal, yes/no asap",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "compare_count",
    25,
    "cylinders vs spheres - same number?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "chain",
    25,
    "behind the cyan ball there's a cube, and right of that cube a cylinder. colour of the cylinder? fyi it's for a slide",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="cube"), "right", shape="cylinder"),
        "color",
    ),
)
C(
    "number",
    25,
    "how many different colours on the cylinders",
    "nvalues(sel(cylinder), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cylinder")})),
)

# --- Nell, a vet nurse with a dog on the table
C(
    "count",
    25,
    "ok so how many big ones",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    25,
    "the red one - material?",
    "q(u(f(scene(), color=red)), material)",
    lambda s: s.a(only(s.f(color="red")), "material"),
)
C(
    "compare_attr",
    25,
    "brown cylinder & brown ball - same size?",
    "same(u(f(sel(cylinder), color=brown)), u(f(sel(sphere), color=brown)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="brown"), "size") == s.a(s.the(shape="sphere", color="brown"), "size")
    ),
)
C(
    "spatial",
    25,
    "how many, the things in front of the red cube?",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "exist",
    25,
    "any spheres that arent rubber",
    "exist(fn(sel(sphere), material=rubber))",
    lambda s: yes(bool(lacking(s, s.f(shape="sphere"), material="rubber"))),
)
C(
    "compare_size",
    25,
    "yellow ball or blue cylinder - which is bigger pls",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="blue")),
)
X(25, "would a labrador be ok if it swallowed the little yellow ball?")

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (back)

# --- Ollie, fifteen, on a bus about to reach his stop
C(
    "count",
    18,
    "how many r purple rn",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "spatial",
    18,
    "cylinders left of the purple ball how many",
    "count(f(rel(u(f(sel(sphere), color=purple)), left), shape=cylinder))",
    lambda s: n(among(s, related(s, "left", s.the(shape="sphere", color="purple")), shape="cylinder")),
)
C(
    "superlative",
    18,
    "whats furthest back, colour",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    18,
    "purple cylinders same material or nah",
    "same(f(sel(cylinder), color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="purple"), "material"),
)
C(
    "position",
    18,
    "big cyan ball which side of the pic u reckon, left or right",
    "choose(u(f(sel(sphere), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="cyan")),
)
X(18, "is this from a game? whats it called")

# --- Dr Priti, an A&E doctor, asking in triage style
C(
    "quantifier",
    18,
    "Metal spheres: none, correct?",
    "not_(exist(f(sel(sphere), material=metal)))",
    lambda s: yes(not s.f(shape="sphere", material="metal")),
)
C(
    "spatial",
    18,
    "Behind the small blue cylinder: how many spheres?",
    "count(f(rel(u(f(sel(cylinder), size=small, color=blue)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cylinder", size="small", color="blue")), shape="sphere")),
)
C(
    "superlative",
    18,
    "Next: second from the front. Shape.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "two_clause",
    18,
    "Cyan cube rubber AND red sphere small? Both.",
    "and_(verify(u(f(sel(cube), color=cyan)), material, rubber), verify(u(f(sel(sphere), color=red)), size, small))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="cyan"), "material") == "rubber"
        and s.a(s.the(shape="sphere", color="red"), "size") == "small"
    ),
)
C(
    "compare_count",
    18,
    "Fewer cubes than cylinders? y/n",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right), small yellow rubber cube (far left)

# --- Finn, a plumber on a call-out with wet hands, speaking
C(
    "count",
    19,
    "Right so how many cyan ones, the light blue-green ones?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    19,
    "Them cyan cylinders, are they the same, the same material I mean?",
    "same(f(sel(cylinder), color=cyan), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "material"),
)
C(
    "superlative",
    19,
    "The one furthest right, sorry, furthest left, what shape's that?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "spatial",
    19,
    "How many things in front of the big blue cube?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "exist",
    19,
    "Any big cylinders in there or are they all little ones?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)

# --- Carla, a realtor stuck in traffic
C("count", 19, "k how many cubes total", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "same_attr",
    19,
    "the yellow cube - how many others are the same size as it",
    "count(same_attr(u(f(sel(cube), color=yellow)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "size")),
)
C(
    "quantifier",
    19,
    "are most of them metal? lemme know",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "spatial",
    19,
    "gray sphere right of the gray cube y/n",
    "exist(f(rel(u(f(sel(cube), color=gray)), right), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "right", {"shape": "cube", "color": "gray"}),
)
C(
    "list",
    19,
    "materials of the cubes, list em thx",
    "values(sel(cube), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cube")),
)
C(
    "quantifier",
    19,
    "everything except the ball - all small?",
    "not_(exist(fn(fn(scene(), shape=sphere), size=small)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere"), size="small"),
)
X(19, "whats the asking price on the big gray ball lol")

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (far right), large yellow metal cyl

# --- Sunny, a taxi dispatcher juggling radio calls
C(
    "attribute",
    16,
    "Copy. Yellow cylinder, go ahead, material?",
    "q(u(f(sel(cylinder), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="yellow"), "material"),
)
C(
    "spatial",
    16,
    "How many units left of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="brown"))),
)
C(
    "superlative",
    16,
    "Unit furthest back, colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_count",
    16,
    "More small than large, confirm?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "chain",
    16,
    "Behind the green ball there's a cube. Big or small, that cube?",
    "choose(u(f(rel(u(f(sel(sphere), color=green)), behind), shape=cube)), size, [large, small])",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="green"), "behind", shape="cube"), "size"),
)

# --- Lou, a mum of twins
C(
    "count",
    16,
    "sry quick - how many metal balls",
    "count(f(sel(sphere), material=metal))",
    lambda s: n(s.f(shape="sphere", material="metal")),
)
C(
    "quantifier",
    16,
    "r all the big ones rubber",
    "not_(exist(fn(f(scene(), size=large), material=rubber)))",
    lambda s: every(s, s.f(size="large"), material="rubber"),
)
C(
    "compare_attr",
    16,
    "the 2 yellow things same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "negation",
    16,
    "not counting the spheres how many r there",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "position",
    16,
    "little purple ball, left side or right side",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Ade, a sprinter between heats
C("count", 13, "red things, count, quick", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_size",
    13,
    "big red cube or the little red ball, which one's bigger?",
    "q(u(f(union(f(sel(cube), size=large, color=red), f(sel(sphere), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", size="large", color="red"), s.the(shape="sphere", color="red")),
)
C(
    "superlative",
    13,
    "what shape, the thing at the very front?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "verify",
    13,
    "cyan cylinder's rubber, yeah?",
    "verify(u(f(sel(cylinder), color=cyan)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="cyan"), "material") == "rubber"),
)
C(
    "spatial",
    13,
    "how many behind the gray ball",
    "count(rel(u(f(sel(sphere), color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="gray"))),
)

# --- Meg, a reporter on deadline
C(
    "quantifier",
    13,
    "Need it for the piece: all spheres small? yes/no for the caption",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "chain",
    13,
    "Behind the purple cylinder there's a ball, and left of that ball a cube. The cube's colour? Need it now.",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere)), left), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="purple"), "behind", shape="sphere"), "left", shape="cube"),
        "color",
    ),
)
C(
    "negation",
    13,
    "Objects neither red nor cyan - how many?",
    "count(fn(fn(scene(), color=red), color=cyan))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"red", "cyan"}]),
)
C(
    "number",
    13,
    "How many different colours, total?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_count",
    13,
    "As many cylinders as cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)

# scene 12: small blue metal cube (far left), small green rubber sph, large gray rubber sph (far right), small cyan metal cyl, small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Wes, a gamer mid-match
C("count", 12, "how many gray things brb", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "compare_size",
    12,
    "big gray ball bigger then the gray cube?",
    "larger(u(f(sel(sphere), size=large, color=gray)), u(f(sel(cube), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", size="large", color="gray"), s.the(shape="cube", color="gray")),
)
C(
    "superlative",
    12,
    "whos furthest right, colour ty",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    12,
    "green ball: how many things right of it",
    "count(rel(u(f(sel(sphere), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="green"))),
)
C(
    "position",
    12,
    "blue cube left side or right side of the screen",
    "choose(u(f(sel(cube), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="blue")),
)

# --- Ines, a traveller running for a gate
C("count", 12, "boarding now sorry - how many spheres", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    12,
    "the two green ones, same shape?",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "verify",
    12,
    "red cube is metal?",
    "verify(u(f(sel(cube), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "metal"),
)
C(
    "same_attr",
    12,
    "how many others share the cyan cylinders material",
    "count(same_attr(u(f(sel(cylinder), color=cyan)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="cyan"), "material")),
)
C(
    "superlative",
    12,
    "2nd from the back what colour, sorry typos",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
X(12, "will my flight to lisbon be delayed do u think")

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph

# --- Bob, a farmer speaking to his phone from the tractor
C(
    "count",
    9,
    "How many big ones, uh, large objects I mean?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    9,
    "The purple one, scratch that, the purple cube, what's it made of?",
    "q(u(f(sel(cube), color=purple)), material)",
    lambda s: s.a(s.the(shape="cube", color="purple"), "material"),
)
C(
    "spatial",
    9,
    "How many things left of the brown ball?",
    "count(rel(u(f(sel(sphere), color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="brown"))),
)
C(
    "compare_attr",
    9,
    "Them two green ones, same material or not?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "superlative",
    9,
    "What's furthest back, uh, what colour is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(9, "What's the weather doing this afternoon, can I get the hay in?")

# --- Tash, a hairdresser between clients
C(
    "verify",
    9,
    "hun, brown ball's big yeah?",
    "verify(u(f(sel(sphere), color=brown)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="brown"), "size") == "large"),
)
C(
    "quantifier",
    9,
    "are all the cylinders rubber xx",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)
C(
    "compare_count",
    9,
    "more rubber than metal?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "list",
    9,
    "colours of the cubes pls",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "spatial",
    9,
    "little blue ball - in front of the green cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "blue"}, "front", {"shape": "cylinder", "color": "green"}),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), large red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Lena, a cyclist at a red light
P(
    "text",
    "street",
    "bus - what's written on the side?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "ppl how many", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "car left of the bus y/n",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P("attribute", "street", "dog colour?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
P("exist", "street", "any bikes in it", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
X("street", "is the bus lane camera on at this time of day")

# --- Omar, a bus spotter running for his bus
P(
    "verify",
    "street",
    "bus is a big one, yeah?",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
P(
    "where",
    "street",
    "tree - in front of the bus or behind it",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "count",
    "street",
    "vehicles how many, bus + cars",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "compare_attr",
    "street",
    "bus n stop sign same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "attribute",
    "street",
    "the car, colour? gotta run",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
X("street", "what route number is it and where's it going, is it the 38?")

# --- PC Dale, a police officer on the radio
P("count", "street", "Males on scene, how many?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "Male in white, tie colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "Who's got hold of the dog? Over.",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "text",
    "street",
    "Road marking, what's it read?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "quantifier",
    "street",
    "Both males wearing ties, confirm.",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "spatial",
    "street",
    "Female is in front of the bus, affirm?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
X("street", "Registered keeper of the white car, name please?")

# --- Kat, a tourist hurrying to catch her tour
P(
    "text",
    "street",
    "sign says what? the red one up top",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "superlative",
    "street",
    "person furthest left - man or woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "negation",
    "street",
    "how many ppl w/o a tie",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "position",
    "street",
    "tree, which side of the photo? left or right",
    "choose(u(sel(tree)), hposition, [left, right])",
    lambda p: p.value(p.the("tree"), "hposition"),
)
P(
    "attribute",
    "street",
    "guy w/ the blue tie - what colour's he wearing?",
    "q(u(rel(u(f(sel(tie), color=blue)), wearing)), color)",
    lambda p: p.value(only(p.subjects("wearing", p.the("tie", color="blue"))), "color"),
)
X("street", "which city is this?? madrid? need to know if I'm on the right street")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal silver fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Ben, a sous chef mid-service
P(
    "count",
    "kitchen",
    "cups on the table, how many? behind!",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P("text", "kitchen", "clock - time?", "q(u(sel(clock)), text)", lambda p: p.value(p.the("clock"), "text"))
P(
    "verify",
    "kitchen",
    "table's wood yeah",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "chain",
    "kitchen",
    "cup right of the bottle, colour",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "negation",
    "kitchen",
    "stuff on the table that isn't a cup - count? yes chef",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)
X("kitchen", "what's she cooking for lunch then, anything good?")

# --- Rob, a dad packing lunches
P(
    "text",
    "kitchen",
    "what's the bottle say on it",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P("exist", "kitchen", "knife anywhere? need one", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "spatial",
    "kitchen",
    "fork's near the plate, right?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P("attribute", "kitchen", "fork colour? ta", "q(u(sel(fork)), color)", lambda p: p.value(p.the("fork"), "color"))
P(
    "superlative",
    "kitchen",
    "which colour, the cup furthest right?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "how long will the water in that bottle stay cold in a lunchbox")

# --- Gosia, a cleaner between jobs
P(
    "count",
    "kitchen",
    "how many things on the table altogether",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "number",
    "kitchen",
    "cups - how many different colours",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "plate is left of the blue cup?",
    "vrel(u(f(sel(cup), color=blue)), left, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="blue")), "plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "clock and plate same colour?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "spatial",
    "kitchen",
    "the woman - right of the table or not",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "what brand of polish gets water rings off a wood table like that")

# --- Mia, an au pair texting in Spanish-shaped English
P(
    "verify",
    "kitchen",
    "the woman, wears yellow?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "chain",
    "kitchen",
    "the cup at left of the plate, which colour?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "list",
    "kitchen",
    "colours of the cups pls, all of them",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "the clock is above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "superlative",
    "kitchen",
    "2nd cup from the left, colour?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "two_clause",
    "kitchen",
    "bottle is green and table is brown? both yes?",
    "and_(verify(u(sel(bottle)), color, green), verify(u(sel(table)), color, brown))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.value(p.the("table"), "color") == "brown"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Jaz, a dog walker with five leads in one hand
P("count", "park", "dogs how many", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "black dog - who's holding it?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "chain",
    "park",
    "the dog by the girl, what colour",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_count",
    "park",
    "more dogs than kids?",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(children(p))),
)
P("exist", "park", "any cats lol", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
X("park", "whose is the white dog, do u know the owner? think I walk it")

# --- Sid, a jogger checking his phone mid-run
P("count", "park", "people total, kids too?", "count(sel(person))", lambda p: n(people(p)))
P(
    "position",
    "park",
    "frisbee - top or bottom of the pic",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "bike right of bench y/n",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bench")), "bicycle"))),
)
P(
    "chain",
    "park",
    "boy throwing what",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "superlative",
    "park",
    "who's furthest right, the person I mean",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

P(
    "attribute",
    "park",
    "frisbee colour? mid-run sorry",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)

# --- Mags, a park warden on a quad bike
P(
    "verify",
    "park",
    "bench wooden?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P("count", "park", "trees, count", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "position",
    "park",
    "tree behind the woman in red - left or right of the pic?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P("count", "park", "how many women", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "compare_attr",
    "park",
    "bench n bike same colour?",
    "same(u(sel(bench)), u(sel(bicycle)), color)",
    lambda p: yes(p.value(p.the("bench"), "color") == p.value(p.the("bicycle"), "color")),
)
X("park", "who left that bike there? need a name for the report")

# --- Chloe, a teenage babysitter
P(
    "attribute",
    "park",
    "girl's wearing what colour",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "woman near the bike - what colour's she wearing",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "spatial",
    "park",
    "boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "compare_attr",
    "park",
    "the kids, same colour clothes or nah",
    "same(sel(child), color)",
    lambda p: yes(len({p.value(o, "color") for o in children(p)}) == 1),
)
P(
    "number",
    "park",
    "how many diff colours r the people wearing",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "superlative",
    "park",
    "2nd person from the left - who",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("park", "what time do the kids get picked up, is it 5?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Okafor, a teacher two minutes before the bell
P("count", "shapes", "shapes total, quick", "count(scene())", lambda p: n(p.objects))
P(
    "compare_count",
    "shapes",
    "more blue than red?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "top-left corner, which shape",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "triangle bigger than the square?",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "number",
    "shapes",
    "how many colours used, different ones",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "what grade would u give the kid who drew this")

# --- Pia, a designer on a deadline
P("count", "shapes", "smalls - how many?", "count(f(scene(), size=small))", lambda p: n(p.f(size="small")))
P(
    "list",
    "shapes",
    "colours of the large ones, list pls",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P("attribute", "shapes", "hexagon colour?", "q(u(sel(hexagon)), color)", lambda p: p.value(p.the("hexagon"), "color"))
P(
    "superlative",
    "shapes",
    "bottom row, rightmost shape?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "square & hexagon same colour y/n",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)

P(
    "exist",
    "shapes",
    "any large shape that's blue?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)

# --- Tom, a dad reading at bedtime, his daughter interrupting
P("count", "shapes", "how many circles? she's asking", "count(sel(circle))", lambda p: n(p.f("circle")))
P("exist", "shapes", "is there a star? she says there is", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "verify",
    "shapes",
    "triangle green?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger, the yellow rectangle or the star",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, yellow_rectangle(p), p.the("star")),
)
P(
    "same_attr",
    "shapes",
    "how many others same colour as the star",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(drawn_others(p, p.the("star"), "color")),
)
X("shapes", "what's the star's name? she wants to know")

# --- Jules, an intern texting the boss
P(
    "count",
    "shapes",
    "bottom row - how many shapes?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "quantifier",
    "shapes",
    "all the large shapes in the top row? y/n",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "negation",
    "shapes",
    "shapes that aren't blue, count",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "attribute",
    "shapes",
    "what colour, the one in the very centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "two_clause",
    "shapes",
    "is the star small AND red?",
    "and_(verify(u(sel(star)), size, small), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "size") == "small" and p.value(p.the("star"), "color") == "red"),
)

# --- Raj, a software tester
P(
    "count",
    "shapes",
    "count: rectangles, incl the square",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "top row, 2nd from left: colour",
    "q(ord(f(scene(), vposition=top), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "color"),
)
P("exist", "shapes", "purple present? y/n", "exist(f(scene(), color=purple))", lambda p: yes(bool(p.f(color="purple"))))
P(
    "compare_count",
    "shapes",
    "fewer large than small? y/n",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)
P(
    "position",
    "shapes",
    "yellow rectangle: which row, top or bottom",
    "choose(u(f(sel(rectangle), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(yellow_rectangle(p), "vposition"),
)
X("shapes", "Which tool rendered this? Need it for the bug report.")

# --- Vic, a sign painter up a ladder, talking
P(
    "count",
    "shapes",
    "How many red ones, no hang on, how many red and yellow ones together?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(color="yellow"))),
)
P(
    "attribute",
    "shapes",
    "The big circle, what colour, the big one not the little one?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "Shape in the bottom-left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Two circles, same size are they?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "superlative",
    "shapes",
    "Rightmost in the top row, what colour's that?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "exist",
    "shapes",
    "Apart from the yellow rectangle, anything else yellow?",
    "exist(diff(f(scene(), color=yellow), f(sel(rectangle), color=yellow)))",
    lambda p: yes(bool([o for o in p.f(color="yellow") if o != yellow_rectangle(p)])),
)
X("shapes", "How much paint would I need to do this big on a wall, roughly?")

# --- Lottie, a commuter doing a puzzle app between stations
P(
    "count",
    "shapes",
    "how many shapes in the middle column",
    "count(f(scene(), hposition=middle))",
    lambda p: n(p.f(hposition="middle")),
)
P(
    "same_attr",
    "shapes",
    "the square - how many others share its size",
    "count(same_attr(u(sel(square)), size))",
    lambda p: n(drawn_others(p, p.the("square"), "size")),
)
P(
    "two_clause",
    "shapes",
    "hexagon - bottom row and on the right?",
    "and_(verify(u(sel(hexagon)), vposition, bottom), verify(u(sel(hexagon)), hposition, right))",
    lambda p: yes(
        p.value(p.the("hexagon"), "vposition") == "bottom" and p.value(p.the("hexagon"), "hposition") == "right"
    ),
)
P(
    "quantifier",
    "shapes",
    "are most shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "list",
    "shapes",
    "blue ones - what shapes? list",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)

P(
    "position",
    "shapes",
    "star - top row or bottom row?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)

# --- Pat, a grandmother typing with big thumbs
P("count", "shapes", "how many triangels", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "attribute",
    "shapes",
    "wat colour is the litle circle",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "verify",
    "shapes",
    "is the yelow rectangel a big one",
    "verify(u(f(sel(rectangle), color=yellow)), size, large)",
    lambda p: yes(p.value(yellow_rectangle(p), "size") == "large"),
)
P(
    "exist",
    "shapes",
    "is there a red shape in the top row",
    "exist(f(scene(), color=red, vposition=top))",
    lambda p: yes(bool(p.f(color="red", vposition="top"))),
)
P(
    "compare_size",
    "shapes",
    "is the litle circle bigger than the triangle",
    "larger(u(f(sel(circle), size=small)), u(sel(triangle)))",
    lambda p: drawn_larger(p, p.the("circle", size="small"), p.the("triangle")),
)
X("shapes", "shud i print this out for my fridge do u think")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
