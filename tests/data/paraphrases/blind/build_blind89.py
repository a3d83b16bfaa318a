# ruff: noqa: E501
"""Blind paraphrase set 89: "weighing things up". About forty ordinary people, each imagined once and kept in character
for five to seven questions about one picture, who mostly compare and generalise: more, fewer, as many as, the same or
different, all, none, every, any, only, except, apart from, other than, both, either, neither, which of two, most, how
many more. Each still asks one or two plain questions too, in their own words and habits of speech, always
understandably to a careful reader.

The cast. On the CLEVR pictures: Beatrice, a village-show judge ("on balance", "I must say", "the entrant"); Kwame, a
Ghanaian accountant who speaks ledger ("the tally", "net of", "reconcile", "kindly"); Tyler, fifteen, a gamer typing in
lowercase ("bro", "fr", "lowkey", "no cap"); Ingrid, a Swedish statistician ("strictly more than half", "no two ...
share"); Dev, a Mumbai cricket commentator ("my friend", "made it into the side", "lurking"); Father Declan, an Irish
priest ("Ah sure", "would you ever", "have we"); Carmen, a Spanish grandmother writing Spanish-shaped English ("Mira",
"which is more big?", "All the cylinders are of rubber?"); Hank, a Minnesota hardware-store owner ("Oh ya", "outta",
"sittin'", "or no?"); Greta, a blunt Dutch cyclist ("Just the number.", "True or not?"); Nkechi, a Lagos barrister
("Kindly state", "For the avoidance of doubt", "I put it to you"); Bongani, a South African referee ("Howzit", "Eish",
"né?", "on the field"); Ruth, a New York grandmother ("So tell me, sweetheart", "what-do-you-call-it"); Arjun, a physics
PhD student ("distinct", "exactly as many", "the difference between the number of"); Colette, a French pastry chef
("Alors", "the cube blue", "non?"); Jimmy, an Australian shearer ("G'day mate", "reckon", "fair dinkum", "out the
back"); Anneliese, a German kindergarten teacher ("Let us count together", "the children"); Reggie, a Cockney market
trader ("guv", "on the stall", "o' them", "'uns"); Leon, a Berlin DJ in lowercase ("yo", "or what"); Marisol, a Filipino
nurse ("po", "Good morning po"); Bjørn, a Norwegian fisherman of few words ("How many, ja?", "Large against small").
On the photo-like graphs: Winston, a Jamaican bus driver ("Wah gwaan", "pon", "dem"); Hélène, a French tourist ("how
many persons", "she wears green and she holds the dog, yes?"); Gus, a retired Boston cop ("standin'", "ya", "the
fella"); Priti, an insurance claims assessor ("for the claim", "in shot", "recorded"); Nonna Lucia, an Italian
grandmother ("Tesoro", "eh", "Acqua?"); Kev, a fed-up flatmate ("Honestly", "this time", "stood"); Dr Okafor, a
dietician ("drinking vessels", "I'm noting"); Becca, a wedding planner ("colour scheme", "Either would clash"); Mr Tanaka, a
polite retired visitor ("If I may ask"); Jade, a dog groomer ("pups", "bless"); Coach Dana, a PE teacher ("Listen up",
"out playing"); Amir, an Iranian engineer and father ("Please tell exactly", "he or she"). On the drawing: Poppy, six,
with her dad typing ("poppy wants to know"); Mr Lindqvist, a Swedish design teacher ("composition", "elements");
Tamsin, an art therapist ("I wonder", "shall we"); Rohan, a programmer ("Quick sanity check", "Assert:"); Gladys, a
bridge player ("partner", "I take it"); Felix, thirteen and a smart-aleck ("technically", "literally"); Oksana, a
Ukrainian seamstress ("pieces", "red colour", "have same colour as"); and Desmond, a Trinidadian domino player ("Boy",
"it have", "or what?").

Sentence shapes: comparisons said the many ways people say them ("outnumber", "as many ... as", "Same number of pups as kids",
"fewer", "equal in number", "more numerous",
"reconcile", "exceed ... combined", "more ... than everything else on it put together", "Small minus large", "By how
many", "Large against small — what is the difference in number?", "which is more big?", "which is the larger?", "which
stands further back"), generalisations ("every last one", "all ... fr", "None of ...", "Nobody ...", "Neither of ...",
"Is either ...", "Are both ...", "literally the only", "no two cubes share a colour", "a different colour",
"strictly more than half", "most of"), exceptions ("Leaving aside", "net of", "Leaving out", "Apart from",
"Other than", "Not counting", "Except"), fronted places and topics ("Behind the small yellow cube, how many ...",
"Rubber ones. How many, ja?"), tags ("né?", "non?", "eh?", "po", "or what?", "right?", "isn't it?"), and two-hop chains
told as a walk ("Start at the red ball ...", "Left of the blue cube there is a ball; behind that ball ...").

The questions cover counts (with conditions, "not counting", "other than", "neither ... nor", "put together"),
existence, an attribute of one thing, yes/no checks of one value and two checks at once, comparisons of counts ("more",
"fewer", "as many as", "how many more" by ``sub``) and of attributes (same colour, size, shape, material or row),
quantifiers ("all", "every", "both", "either", "neither", "none", "any", "only", "most"), exceptions, relations (left,
right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, which of two
things lies further along an axis, other things sharing a value, which of two things is the bigger, a list of values,
the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54,
38, 57, 32, 48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices, opinions and feelings, what happens next, names and makers, the world outside the
picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart; nothing
is asked of the photo graphs that their stated relations and attributes leave open (no material of a cup, no "what is
right of the blue cup"). A "which is bigger" between two things is asked only where their size classes differ, and
answered with the word that tells the bigger one from the other (its shape, or its colour where both have one shape);
"which stands further back" is answered the same way. Answers are the graph's words (gray, not grey; sphere, not ball;
"blue, red, white" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the
tag ("True or not?", "or no?", "né?"); "how many more" is the plain difference of the two counts. Every gold program
and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, inspected with small Python snippets). No question was
run through nsvr's parser, planner or ``nsvr ask``; only gold programs were run, by nsvr's executor through the
``--check`` path (``sub`` and ``or_``, which set 66 does not use, were first tried on one throwaway gold program each
that way; only ``sub`` is used). The first ``--check`` run sent back one gold program: Felix's count of rectangles,
which says outright that a square counts, was golded ``count(sel(rectangle))`` and the executor calls that count open
("2 if squares count as rectangles, 1 if not"); its gold now counts rectangles and squares together.

Run ``python build_blind89.py`` to write ``../blind89.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import NotUnique, n, question_recorder, write_set, yes  # noqa: E402
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
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind89.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def minus(more: list, fewer: list) -> str:
    """How many more: the plain difference of the two counts."""
    return str(len(more) - len(fewer))


def all_differ(values: list) -> str:
    """yes/no: no two of the values are the same."""
    return yes(len(set(values)) == len(values))


def further(s, a: int, b: int, side: str, attribute: str = "shape") -> str:
    """Which of objects a and b lies further towards ``side``, told by ``attribute`` (a careful person's call)."""
    if s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("not told apart")
    return s.a(nth(s, [a, b], side), attribute)


def drawn_bigger_by(p, a: str, b: str, attribute: str) -> str:
    """Which of drawn shapes a and b is the bigger, told by ``attribute``; NotUnique when not told apart."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, attribute) == p.value(b, attribute):
        raise NotUnique("same size class or not told apart")
    return p.value(a if p.value(a, "size") == "large" else b, attribute)


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Beatrice, a village-show judge
C(
    "compare_count",
    49,
    "On balance, would you say the metal pieces outnumber the rubber ones?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "quantifier",
    49,
    "Leaving aside that great purple ball, are all the other balls the same size as one another?",
    "same(diff(sel(sphere), f(sel(sphere), size=large, color=purple)), size)",
    lambda s: alike(
        s, [i for i in s.f(shape="sphere") if i != s.the(shape="sphere", size="large", color="purple")], "size"
    ),
)
C(
    "compare_attr",
    49,
    "I must say the two yellow balls look a matched pair. Are they made of the same stuff?",
    "same(f(sel(sphere), color=yellow), material)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "material"),
)
C(
    "count",
    49,
    "How many cylinders has the entrant put in?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "same_attr",
    49,
    "And how many of the other pieces are made of the same material as the little green cube?",
    "count(same_attr(u(sel(cube)), material))",
    lambda s: n(others(s, s.the(shape="cube"), "material")),
)
C(
    "compare_attr",
    49,
    "Is the cyan ball the same size as the big purple one? I'd have said not.",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(sphere), size=large, color=purple)), size)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "size")
        == s.a(s.the(shape="sphere", size="large", color="purple"), "size")
    ),
)
X(49, "If it were down to you, which piece would you award the rosette to?")

# --- Kwame, a Ghanaian accountant
C(
    "negation",
    49,
    "Kindly give me the tally of spheres, net of the purple ones.",
    "count(fn(sel(sphere), color=purple))",
    lambda s: n(lacking(s, s.f(shape="sphere"), color="purple")),
)
C(
    "compare_count",
    49,
    "By how many do the spheres exceed the cylinders and the cube combined?",
    "sub(count(sel(sphere)), count(union(sel(cylinder), sel(cube))))",
    lambda s: minus(s.f(shape="sphere"), s.f(shape=("cylinder", "cube"))),
)
C(
    "compare_count",
    49,
    "Let us reconcile: is the number of metal items equal to the number of yellow and green items taken together?",
    "eq(count(f(scene(), material=metal)), count(union(f(scene(), color=yellow), f(scene(), color=green))))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(color=("yellow", "green")))),
)
C(
    "spatial",
    49,
    "How many items are positioned to the left of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "superlative",
    49,
    "Which item is second from the front? Its colour will suffice.",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "chain",
    49,
    "Start at the red ball. Go to the cube on its right, then to the ball on the right of that cube. What is that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cube)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "right", shape="cube"), "right", shape="sphere"), "material"
    ),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Tyler, fifteen, a gamer
C("count", 52, "bro how many cubes we talking", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    52,
    "are all the cubes metal fr",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "compare_count",
    52,
    "lowkey theres more metal stuff than rubber stuff right",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "compare_size",
    52,
    "which ones bigger the cylinder or the purple cube",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="purple")),
)
C(
    "attribute",
    52,
    "whats the cylinder made of",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "spatial",
    52,
    "how many things are in front of the cylinder no cap",
    "count(rel(u(sel(cylinder)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder"))),
)
X(52, "bro what game is this from")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Ingrid, a Swedish statistician
C(
    "quantifier",
    55,
    "Are strictly more than half of the objects purple?",
    "gt(count(f(scene(), color=purple)), count(fn(scene(), color=purple)))",
    lambda s: most([s.a(i, "color") == "purple" for i in s.all()]),
)
C(
    "compare_count",
    55,
    "Among the large objects only: are there more spheres than cubes?",
    "gt(count(f(sel(sphere), size=large)), count(f(sel(cube), size=large)))",
    lambda s: yes(len(s.f(shape="sphere", size="large")) > len(s.f(shape="cube", size="large"))),
)
C(
    "quantifier",
    55,
    "Does each cube have a colour of its own? That is, no two cubes share a colour?",
    "eq(nvalues(sel(cube), color), count(sel(cube)))",
    lambda s: all_differ([s.a(i, "color") for i in s.f(shape="cube")]),
)
C(
    "compare_count",
    55,
    "How many more large objects are there than small ones?",
    "sub(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: minus(s.f(size="large"), s.f(size="small")),
)
C(
    "list",
    55,
    "Which materials occur among the cubes? Please list them.",
    "values(sel(cube), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cube")),
)
C(
    "superlative",
    55,
    "What colour is the cube that is furthest to the right?",
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)

# --- Dev, a Mumbai cricket commentator
C(
    "count",
    55,
    "And how many cylinders have made it into the side today?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    55,
    "The two yellow ones, my friend — cut from the same cloth, are they? Same material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    55,
    "Behind the small yellow cube, how many purple ones are lurking?",
    "count(f(rel(u(f(sel(cube), size=small, color=yellow)), behind), color=purple))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cube", size="small", color="yellow")), color="purple")),
)
C(
    "superlative",
    55,
    "Who is standing right at the back, down at fine leg? The colour, please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_size",
    55,
    "The red cube against the gray cylinder — which is the bigger of the two?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="cylinder", color="gray")),
)
C(
    "negation",
    55,
    "Apart from the spheres, have we got anything purple on the pitch?",
    "exist(fn(f(scene(), color=purple), shape=sphere))",
    lambda s: yes(bool(lacking(s, s.f(color="purple"), shape="sphere"))),
)
X(55, "Forecast for me, my friend: which one topples first when the wind picks up?")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Father Declan, an Irish priest
C(
    "count",
    59,
    "Ah sure, would you ever tell me how many purple ones there are?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_count",
    59,
    "Would there be more cylinders than spheres, do you think?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    59,
    "Neither of the brown balls is a small one, am I right?",
    "not_(exist(f(sel(sphere), color=brown, size=small)))",
    lambda s: yes(not s.f(shape="sphere", color="brown", size="small")),
)
C(
    "negation",
    59,
    "Leaving out the purple things, how many large ones have we?",
    "count(fn(f(scene(), size=large), color=purple))",
    lambda s: n(lacking(s, s.f(size="large"), color="purple")),
)
C(
    "spatial",
    59,
    "Is the little cube over to the right of the blue cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=blue)), right), size=small, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "size": "small"}, "right", {"shape": "cylinder", "color": "blue"}),
)
C(
    "spatial",
    59,
    "And is there anything at all in front of the purple sphere, God bless it?",
    "exist(rel(u(f(sel(sphere), color=purple)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", color="purple")))),
)
X(59, "And who do you suppose made all these, God rest them? Was it a local man?")

# --- Carmen, a Spanish grandmother
C("count", 59, "Mira, how many balls there are?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    59,
    "The little purple cylinder and the blue one — which is more big? Tell me the colour.",
    "q(u(f(union(f(sel(cylinder), size=small, color=purple), f(sel(cylinder), color=blue)), size=large)), color)",
    lambda s: bigger_of(
        s, s.the(shape="cylinder", size="small", color="purple"), s.the(shape="cylinder", color="blue"), "color"
    ),
)
C(
    "compare_count",
    59,
    "There are the same number of cubes and of balls, no?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    59,
    "All the cylinders are big?",
    "not_(exist(fn(sel(cylinder), size=large)))",
    lambda s: every(s, s.f(shape="cylinder"), size="large"),
)
C(
    "superlative",
    59,
    "Which thing is the most far in front? What shape?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "same_attr",
    59,
    "How many other things have the same colour like the little cube?",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube

# --- Hank, a Minnesota hardware-store owner
C(
    "quantifier",
    54,
    "Oh ya, so they're all big ones in there, every last one, right?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "compare_count",
    54,
    "More cubes than cylinders there, I'd guess?",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "compare_count",
    54,
    "How many more rubber pieces than metal ones, then?",
    "sub(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: minus(s.f(material="rubber"), s.f(material="metal")),
)
C(
    "compare_attr",
    54,
    "That green cube and the brown cylinder — made outta the same stuff, are they?",
    "same(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "material") == s.a(s.the(shape="cylinder", color="brown"), "material")
    ),
)
C(
    "spatial",
    54,
    "How many things are sittin' behind the green cube?",
    "count(rel(u(f(sel(cube), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="green"))),
)
C(
    "spatial",
    54,
    "And that brown cylinder, is it sittin' in front of the green cube, or no?",
    "exist(f(rel(u(f(sel(cube), color=green)), front), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "front", {"shape": "cube", "color": "green"}),
)
X(54, "What'd a guy pay for a set like that down at the store, ballpark?")

# scene 38: small green rubber sph, large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (left)

# --- Greta, a blunt Dutch cyclist
C(
    "count",
    38,
    "How many small things? Just the number.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    38,
    "Are there fewer cylinders than spheres? I think so.",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    38,
    "Every sphere is made of rubber. True or not?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "compare_attr",
    38,
    "The two cylinders. Same material?",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "quantifier",
    38,
    "Is either of the green spheres made of metal?",
    "exist(f(sel(sphere), color=green, material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", color="green", material="metal"))),
)
C(
    "superlative",
    38,
    "The object most to the left: which material is it? Do not explain, only say.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Nkechi, a Lagos barrister
C("count", 57, "Kindly state the number of spheres present.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    57,
    "For the avoidance of doubt: are the large objects more numerous than the small ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "quantifier",
    57,
    "I put it to you that none of the cubes is made of metal. Is that so?",
    "not_(exist(f(sel(cube), material=metal)))",
    lambda s: yes(not s.f(shape="cube", material="metal")),
)
C(
    "compare_attr",
    57,
    "Do the blue sphere and the yellow sphere share the same material?",
    "same(u(f(sel(sphere), color=blue)), u(f(sel(sphere), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue"), "material") == s.a(s.the(shape="sphere", color="yellow"), "material")
    ),
)
C(
    "compare_size",
    57,
    "As between the brown cylinder and the blue sphere, which is the larger?",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(sphere), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="brown"), s.the(shape="sphere", color="blue")),
)
C(
    "superlative",
    57,
    "Which stands further back: the brown cylinder or the yellow sphere?",
    "q(ord(union(f(sel(cylinder), color=brown), f(sel(sphere), color=yellow)), behind, 1), shape)",
    lambda s: further(s, s.the(shape="cylinder", color="brown"), s.the(shape="sphere", color="yellow"), "behind"),
)
X(57, "Who owns these objects, and is there any documentation of title?")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Bongani, a South African referee
C("count", 32, "Howzit. How many cubes on the field?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    32,
    "Ja, are there as many red things as gray things?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="red")) == len(s.f(color="gray"))),
)
C(
    "quantifier",
    32,
    "Eish, every cube is a small one, né?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "negation",
    32,
    "Not counting the cubes, how many gray ones?",
    "count(fn(f(scene(), color=gray), shape=cube))",
    lambda s: n(lacking(s, s.f(color="gray"), shape="cube")),
)
C(
    "spatial",
    32,
    "Is the red ball behind the gray cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=gray)), behind), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "behind", {"shape": "cylinder", "color": "gray"}),
)
C(
    "superlative",
    32,
    "Who's furthest forward, the striker so to speak? Give me the shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(32, "Eish, who's going to win the derby on Saturday?")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Ruth, a New York grandmother
C("count", 48, "So tell me, sweetheart, how many balls?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    48,
    "More big ones than little ones? Of course more, but tell me.",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "compare_attr",
    48,
    "The two yellow ones — the ball and the little box — they're the same what-do-you-call-it, material?",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "quantifier",
    48,
    "And the yellow ball, it's the only one that isn't metal?",
    "and_(not_(verify(u(f(sel(sphere), color=yellow)), material, metal)), not_(exist(diff(fn(scene(), material=metal), f(sel(sphere), color=yellow)))))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material") != "metal"
        and lacking(s, s.all(), material="metal") == [s.the(shape="sphere", color="yellow")]
    ),
)
C(
    "spatial",
    48,
    "What's behind the little yellow cube? How many things, I mean.",
    "count(rel(u(f(sel(cube), size=small, color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="yellow"))),
)
C(
    "attribute",
    48,
    "And the cylinder — what colour, darling?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
X(48, "And who's going to tidy all this up after, you think? Not me, I'll tell you that.")

# --- Arjun, a physics PhD student
C(
    "number",
    48,
    "How many distinct colours occur among the spheres?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)
C(
    "compare_count",
    48,
    "Are there exactly as many green spheres as there are cubes?",
    "eq(count(f(sel(sphere), color=green)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere", color="green")) == len(s.f(shape="cube"))),
)
C(
    "quantifier",
    48,
    "Is it true that all the large objects are made of metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "compare_count",
    48,
    "What's the difference between the number of metal objects and the number of rubber objects?",
    "sub(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: minus(s.f(material="metal"), s.f(material="rubber")),
)
C(
    "superlative",
    48,
    "Counting from the right, what is the shape of the second object?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "chain",
    48,
    "Take the cylinder to the right of the yellow sphere, then the sphere to the right of that cylinder. Which colour has that second sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), right), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "right", shape="cylinder"), "right", shape="sphere"),
        "color",
    ),
)

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (left), large green metal cyl

# --- Colette, a French pastry chef
C(
    "count",
    56,
    "Alors, how many things are small here?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    56,
    "The big ones, there are more of them than of the small ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "quantifier",
    56,
    "Except the green cylinder, everything is rubber, non?",
    "not_(exist(fn(diff(scene(), f(sel(cylinder), color=green)), material=rubber)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="cylinder", color="green")], material="rubber"),
)
C(
    "compare_attr",
    56,
    "The two cyan, they are the same size?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "compare_size",
    56,
    "The cube blue and the cube brown, which one is more big? Say me the colour.",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="brown"), "color"),
)
C(
    "chain",
    56,
    "Left of the blue cube there is a ball; behind that ball there is another ball. This other ball, what colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), left), shape=sphere)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="blue"), "left", shape="sphere"), "behind", shape="sphere"), "color"
    ),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Jimmy, an Australian shearer
C("count", 50, "G'day mate, how many cylinders we got?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    50,
    "How many more cubes than cylinders, mate?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: minus(s.f(shape="cube"), s.f(shape="cylinder")),
)
C(
    "exist",
    50,
    "Fair dinkum, is there anything metal in here at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_attr",
    50,
    "The green cube and the green cylinder — same size, would ya reckon?",
    "same(u(f(sel(cube), color=green)), u(f(sel(cylinder), color=green)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "size") == s.a(s.the(shape="cylinder", color="green"), "size")
    ),
)
C(
    "spatial",
    50,
    "Anything green sittin' to the right of the yellow cube?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), right), color=green))",
    lambda s: yes(bool(among(s, related(s, "right", s.the(shape="cube", color="yellow")), color="green"))),
)
C(
    "superlative",
    50,
    "Which one's out the back, furthest away? What shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
X(50, "How much would a mob of these fetch at the Wagga markets, d'ya reckon?")

# --- Anneliese, a German kindergarten teacher
C(
    "count",
    50,
    "Let us count together: how many cubes can the children find?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    50,
    "And are there as many spheres as cubes?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "quantifier",
    50,
    "Is every green thing also a big thing?",
    "not_(exist(fn(f(scene(), color=green), size=large)))",
    lambda s: every(s, s.f(color="green"), size="large"),
)
C(
    "list",
    50,
    "Which colours do the small things have? Please name them all.",
    "values(f(scene(), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="small")),
)
C(
    "negation",
    50,
    "How many things are neither green nor spheres?",
    "count(fn(fn(scene(), color=green), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green" and s.a(i, "shape") != "sphere"]),
)
C(
    "superlative",
    50,
    "Which thing is third from the left? The colour, please.",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube, large red metal sph (front), large gray metal cube

# --- Reggie, a Cockney market trader
C("count", 35, "Right guv, how many spheres on the stall?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    35,
    "More cubes than balls, would ya say?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    35,
    "Every one o' them cubes made o' metal, is it?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "compare_attr",
    35,
    "The two green 'uns — same size, are they?",
    "same(f(scene(), color=green), size)",
    lambda s: alike(s, s.f(color="green"), "size"),
)
C(
    "negation",
    35,
    "Apart from the green ones, how many's made of metal?",
    "count(fn(f(scene(), material=metal), color=green))",
    lambda s: n(lacking(s, s.f(material="metal"), color="green")),
)
C(
    "chain",
    35,
    "Right of the little purple ball there's a cube, and in front of that cube there's a ball. What's that ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), right), shape=cube)), front), shape=sphere)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="purple"), "right", shape="cube"),
            "front",
            shape="sphere",
        ),
        "material",
    ),
)
X(35, "What'll ya give me for the lot, cash?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (left), large brown rubber cyl

# --- Leon, a Berlin DJ
C(
    "count",
    36,
    "yo how many metal things in here",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_size",
    36,
    "which is bigger, the gray ball or the brown cylinder",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cylinder", color="brown")),
)
C(
    "quantifier",
    36,
    "are both the big balls metal",
    "not_(exist(fn(f(sel(sphere), size=large), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", size="large"), material="metal"),
)
C(
    "superlative",
    36,
    "the thing furthest right, what colour",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_count",
    36,
    "more cubes than cylinders in here or what",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
X(36, "what track would fit this vibe, like bpm-wise")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Marisol, a Filipino nurse
C(
    "count",
    15,
    "Good morning po. How many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    15,
    "Are the cylinders and the spheres equal in number po?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
C(
    "quantifier",
    15,
    "Are all of the small ones made of metal?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "spatial",
    15,
    "Is the yellow ball on the left side of the brown cylinder po?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), left), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "left", {"shape": "cylinder", "color": "brown"}),
)
C(
    "superlative",
    15,
    "Which one is at the very front po? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    15,
    "In front of the green cylinder there is another cylinder, and to the right of that one there is a cube. What colour is the cube po?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "front", shape="cylinder"), "right", shape="cube"),
        "color",
    ),
)

# --- Bjørn, a Norwegian fisherman of few words
C("count", 15, "Rubber ones. How many, ja?", "count(f(scene(), material=rubber))", lambda s: n(s.f(material="rubber")))
C(
    "compare_count",
    15,
    "More metal than rubber here?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "quantifier",
    15,
    "Neither of the green ones is metal, ja?",
    "not_(exist(f(scene(), color=green, material=metal)))",
    lambda s: yes(not s.f(color="green", material="metal")),
)
C(
    "compare_count",
    15,
    "Large against small — what is the difference in number?",
    "sub(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: minus(s.f(size="large"), s.f(size="small")),
)
C(
    "spatial",
    15,
    "Behind the big green ball, how many things?",
    "count(rel(u(f(sel(sphere), size=large, color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="green"))),
)
C(
    "position",
    15,
    "The red ball. Left side of the picture or right side?",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Winston, a Jamaican bus driver
P(
    "text",
    "street",
    "Wah gwaan! What it say pon the side of the bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "The car and the bus — dem the same colour?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "compare_count",
    "street",
    "More men than women out there on the street?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "compare_attr",
    "street",
    "The two ties dem — same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
P(
    "spatial",
    "street",
    "The stop sign, it over to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "text",
    "street",
    "And the words painted on the road, what dem say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "How many passengers yuh think she carry when she full up?")

# --- Hélène, a French tourist
P("count", "street", "Excuse me, how many persons are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "two_clause",
    "street",
    "The woman, she wears green and she holds the dog, yes?",
    "and_(verify(u(sel(woman)), color, green), vrel(u(sel(dog)), holding, name=woman))",
    lambda p: yes(p.value(p.the("woman"), "color") == "green" and p.has(p.the("woman"), "holding", p.the("dog"))),
)
P(
    "compare_attr",
    "street",
    "The two men, they are dressed in the same colour?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "chain",
    "street",
    "The tie of the man in white, which colour it is?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "text",
    "street",
    "On the red panel up high, what is written?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
X("street", "Which city is this? I think Madrid, because of the Spanish words on the bus.")

# --- Gus, a retired Boston cop
P("count", "street", "How many guys we got standin' there?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "compare_count",
    "street",
    "Are there as many people as there are vehicles?",
    "eq(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) == len(p.f(("bus", "car")))),
)
P(
    "quantifier",
    "street",
    "None of the ties is green, am I right?",
    "not_(exist(f(sel(tie), color=green)))",
    lambda p: yes(not p.f("tie", color="green")),
)
P(
    "spatial",
    "street",
    "The fella in black — he's over to the right of the bus, yeah?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=black))",
    lambda p: yes(any(p.value(o, "color") == "black" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
P(
    "chain",
    "street",
    "Whoever's holdin' the dog — what're they wearin', color-wise?",
    "q(u(rel(u(sel(dog)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog"))), "color"),
)
P(
    "chain",
    "street",
    "The fella standin' to the left of the lady: what color's his tie?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)
X("street", "What's the guy on the left do for a livin', ya figure?")

# --- Priti, an insurance claims assessor
P(
    "count",
    "street",
    "For the claim: how many vehicles are in shot, bus and car included?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "where",
    "street",
    "Is the car recorded as being to the left of the bus or to the right of it?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "compare_count",
    "street",
    "Are there more people than dogs at the scene?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "two_clause",
    "street",
    "The dog: is it small, and is it black? The owner says a small black dog.",
    "and_(verify(u(sel(dog)), size, small), verify(u(sel(dog)), color, black))",
    lambda p: yes(p.value(p.the("dog"), "size") == "small" and p.value(p.the("dog"), "color") == "black"),
)
P(
    "chain",
    "street",
    "The person standing furthest left — what colour is the tie they're wearing?",
    "q(u(rel(ord(sel(person), left, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, people(p), "left")), "color"),
)
P(
    "position",
    "street",
    "Which side of the frame is the car on, left or right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nonna Lucia, an Italian grandmother
P(
    "negation",
    "kitchen",
    "Tesoro, how many of the cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "compare_count",
    "kitchen",
    "More cups than plates, no?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate are the same colour, eh?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "text",
    "kitchen",
    "The bottle — what is written on it? Acqua?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "quantifier",
    "kitchen",
    "Every cup is a different colour, eh?",
    "eq(nvalues(sel(cup), color), count(sel(cup)))",
    lambda p: all_differ([p.value(o, "color") for o in p.f("cup")]),
)
P(
    "superlative",
    "kitchen",
    "The cup most on the right, what colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)

# --- Kev, a fed-up flatmate
P(
    "count",
    "kitchen",
    "Honestly, how many cups have been left out on the table this time?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups on that table than everything else on it put together?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(len(named(p, on_table(p), "cup")) > len([o for o in on_table(p) if p.name(o) != "cup"])),
)
P(
    "two_clause",
    "kitchen",
    "Has the blue cup got the bottle on its left and the plate on its right?",
    "and_(vrel(u(f(sel(cup), color=blue)), left, name=bottle), vrel(u(f(sel(cup), color=blue)), right, name=plate))",
    lambda p: yes(
        p.has(p.the("bottle"), "left", p.the("cup", color="blue"))
        and p.has(p.the("plate"), "right", p.the("cup", color="blue"))
    ),
)
P(
    "text",
    "kitchen",
    "What's the clock say? Bet that lot's been sat there since lunch.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "spatial",
    "kitchen",
    "Is she stood to the right of the table, the woman?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "Which of my flatmates d'you reckon drank out of the red cup? I've got my suspicions.")

# --- Dr Okafor, a dietician
P(
    "count",
    "kitchen",
    "How many drinking vessels — the cups and the bottle together — are on the table?",
    "count(union(rel(u(sel(table)), on, name=cup), rel(u(sel(table)), on, name=bottle)))",
    lambda p: n([o for o in on_table(p) if p.name(o) in {"cup", "bottle"}]),
)
P(
    "count",
    "kitchen",
    "How many of the things on the table are white?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "two_clause",
    "kitchen",
    "I'm noting the cutlery. Is the fork metal, and is it lying near the plate?",
    "and_(verify(u(sel(fork)), material, metal), vrel(u(sel(plate)), near, name=fork))",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal" and p.has(p.the("fork"), "near", p.the("plate"))),
)
P(
    "chain",
    "kitchen",
    "Which colour is the cup immediately to the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "What's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "negation",
    "kitchen",
    "Other than the cups, is there anything on the table that isn't white?",
    "exist(fn(diff(rel(u(sel(table)), on), sel(cup)), color=white))",
    lambda p: yes(any(p.value(o, "color") != "white" for o in on_table(p) if p.name(o) != "cup")),
)
X("kitchen", "Roughly how many calories did that lunch come to, would you estimate?")

# --- Becca, a wedding planner
P(
    "number",
    "kitchen",
    "How many different colours are going on with the cups? I'm thinking colour scheme.",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "Which colours are the cups, then? List them for me.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "Does the table match the clock, colour-wise?",
    "same(u(sel(table)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("table"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "spatial",
    "kitchen",
    "The red cup's set to the right of the plate, yes?",
    "exist(f(rel(u(sel(plate)), right, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("right", p.the("plate")), "cup"))),
)
P(
    "attribute",
    "kitchen",
    "The woman — is she in yellow or in white? Either would clash.",
    "choose(u(sel(woman)), color, [yellow, white])",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "superlative",
    "kitchen",
    "And the second cup along from the left, what colour is that one?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
X("kitchen", "Be honest: does this table setting look classy or cheap?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Mr Tanaka, a polite retired visitor
P("count", "park", "If I may ask, how many people are in this park?", "count(sel(person))", lambda p: n(people(p)))
P(
    "compare_count",
    "park",
    "Are there more grown-ups than children?",
    "gt(count(diff(sel(person), sel(child))), count(sel(child)))",
    lambda p: yes(len([o for o in people(p) if o not in children(p)]) > len(children(p))),
)
P(
    "compare_attr",
    "park",
    "The two dogs, are they of the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "spatial",
    "park",
    "Is the girl standing to the left of the woman in white?",
    "vrel(u(f(sel(woman), color=white)), left, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "left", p.the("woman", color="white"))),
)
P(
    "superlative",
    "park",
    "Who stands furthest to the right? What colour are their clothes?",
    "q(ord(sel(person), right, 1), color)",
    lambda p: p.value(side_of(p, people(p), "right"), "color"),
)
X("park", "What season is it in this park, do you think? Perhaps cherry blossom time?")

# --- Jade, a dog groomer
P(
    "compare_count",
    "park",
    "Same number of pups as kids, would you say?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
P(
    "chain",
    "park",
    "Who's got hold of the black pup, bless it?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "quantifier",
    "park",
    "Are both pups being held by somebody?",
    "not_(exist(diff(sel(dog), rel(sel(person), holding, role=object))))",
    lambda p: yes(all(any(p.has(h, "holding", d) for h in people(p)) for d in p.f("dog"))),
)
P(
    "spatial",
    "park",
    "The white dog is near the girl, isn't it?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "attribute",
    "park",
    "And the boy — what's he wearing, colour-wise?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
X("park", "What breed's the white one, do you reckon? Looks like a bichon to me.")

# --- Coach Dana, a PE teacher
P(
    "chain",
    "park",
    "Listen up: what colour is the thing the boy's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "where",
    "park",
    "Is the bench to the left of the bike or to the right of it?",
    "choose_rel(u(sel(bench)), [left, right], role=object, name=bicycle)",
    lambda p: photo_side(p, p.the("bench"), p.the("bicycle"), ("left", "right")),
)
P("count", "park", "How many kids are out playing?", "count(sel(child))", lambda p: n(children(p)))
P(
    "quantifier",
    "park",
    "Nobody in the park's wearing green, right?",
    "not_(exist(f(sel(person), color=green)))",
    lambda p: yes(not [o for o in people(p) if p.value(o, "color") == "green"]),
)
P(
    "compare_count",
    "park",
    "More trees than benches, folks?",
    "gt(count(sel(tree)), count(sel(bench)))",
    lambda p: yes(len(p.f("tree")) > len(p.f("bench"))),
)
P(
    "spatial",
    "park",
    "Is the woman in red the one near the bike?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
X("park", "Who throws better, do you think — the boy or the girl?")

# --- Amir, an Iranian engineer and father
P(
    "negation",
    "park",
    "Please tell exactly: how many people in the park are not children?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "superlative",
    "park",
    "Counting from the left, who is the second person? Say what he or she is.",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "compare_attr",
    "park",
    "Are the bench and the bicycle the same colour?",
    "same(u(sel(bench)), u(sel(bicycle)), color)",
    lambda p: yes(p.value(p.the("bench"), "color") == p.value(p.the("bicycle"), "color")),
)
P(
    "compare_count",
    "park",
    "Is the number of bicycles equal to the number of benches?",
    "eq(count(sel(bicycle)), count(sel(bench)))",
    lambda p: yes(len(p.f("bicycle")) == len(p.f("bench"))),
)
P(
    "number",
    "park",
    "How many different colours do the people wear?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "two_clause",
    "park",
    "Is the frisbee yellow, and is it at the bottom of the picture?",
    "and_(verify(u(sel(frisbee)), color, yellow), verify(u(sel(frisbee)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("frisbee"), "color") == "yellow" and p.value(p.the("frisbee"), "vposition") == "bottom"
    ),
)
P(
    "chain",
    "park",
    "The tree behind the woman who holds the black dog: on which side of the picture is it?",
    "q(u(rel(u(rel(u(f(sel(dog), color=black)), holding)), behind)), hposition)",
    lambda p: p.value(
        only(p.subjects("behind", only(p.subjects("holding", p.the("dog", color="black"))))), "hposition"
    ),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Poppy, six, with her dad typing
P("count", "shapes", "poppy wants to know how many circles there are", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_count",
    "shapes",
    "are there more blue ones than red ones",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "compare_attr",
    "shapes",
    "are the two circles the same colour",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "verify",
    "shapes",
    "is the star yellow",
    "verify(u(sel(star)), color, yellow)",
    lambda p: yes(p.value(p.the("star"), "color") == "yellow"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the red circle or the blue circle",
    "q(u(f(union(f(sel(circle), color=red), f(sel(circle), color=blue)), size=large)), color)",
    lambda p: drawn_bigger_by(p, p.the("circle", color="red"), p.the("circle", color="blue"), "color"),
)
X("shapes", "she says are the shapes all friends with each other")

# --- Mr Lindqvist, a Swedish design teacher
P(
    "count",
    "shapes",
    "In this composition, how many elements are large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "compare_count",
    "shapes",
    "Does the top row hold more elements than the bottom row?",
    "gt(count(f(scene(), vposition=top)), count(f(scene(), vposition=bottom)))",
    lambda p: yes(len(p.f(vposition="top")) > len(p.f(vposition="bottom"))),
)
P(
    "quantifier",
    "shapes",
    "Is every element in the top row a different shape from the others?",
    "eq(nvalues(f(scene(), vposition=top), shape), count(f(scene(), vposition=top)))",
    lambda p: all_differ([p.value(o, "shape") for o in p.f(vposition="top")]),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon — do they share a colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "Which element sits furthest to the right in the bottom row?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other elements are the same size as the star?",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)
X("shapes", "Would you say this composition belongs to the Bauhaus tradition?")

# --- Tamsin, an art therapist
P(
    "count",
    "shapes",
    "I wonder, how many of the shapes are both small and blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "quantifier",
    "shapes",
    "Do the large shapes each have a different colour from one another?",
    "eq(nvalues(f(scene(), size=large), color), count(f(scene(), size=large)))",
    lambda p: all_differ([p.value(o, "color") for o in p.f(size="large")]),
)
P(
    "negation",
    "shapes",
    "Shall we set the blue ones aside? Then how many shapes are left?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "compare_size",
    "shapes",
    "Is the square bigger than the yellow rectangle, would you say?",
    "larger(u(sel(square)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("square"), yellow_rectangle(p)),
)
P(
    "position",
    "shapes",
    "Which shape is resting right in the middle of the picture?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)

# --- Rohan, a programmer
P("count", "shapes", "Quick sanity check: total number of shapes?", "count(scene())", lambda p: n(p.objects))
P(
    "compare_count",
    "shapes",
    "Is the number of blue shapes greater than the number of red and green ones combined?",
    "gt(count(f(scene(), color=blue)), count(union(f(scene(), color=red), f(scene(), color=green))))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red")) + len(p.f(color="green"))),
)
P(
    "compare_count",
    "shapes",
    "Small minus large: what's the difference in count?",
    "sub(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: minus(p.f(size="small"), p.f(size="large")),
)
P(
    "list",
    "shapes",
    "List the distinct shapes in the bottom row.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "quantifier",
    "shapes",
    "Assert: no shape in the top row is yellow. True?",
    "not_(exist(f(scene(), vposition=top, color=yellow)))",
    lambda p: yes(not p.f(vposition="top", color="yellow")),
)
P(
    "position",
    "shapes",
    "What's in the top-left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)

# --- Gladys, a bridge player
P(
    "compare_count",
    "shapes",
    "Are there as many red shapes as there are large ones, partner?",
    "eq(count(f(scene(), color=red)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(size="large"))),
)
P(
    "compare_attr",
    "shapes",
    "Are both red shapes in the same row?",
    "same(f(scene(), color=red), vposition)",
    lambda p: yes(len({p.value(o, "vposition") for o in p.f(color="red")}) == 1),
)
P(
    "quantifier",
    "shapes",
    "Neither circle is green, I take it?",
    "not_(exist(f(sel(circle), color=green)))",
    lambda p: yes(not p.f("circle", color="green")),
)
P(
    "count",
    "shapes",
    "How many shapes in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "Which is the larger, the hexagon or the yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), yellow_rectangle(p)),
)

# --- Felix, thirteen and a smart-aleck
P(
    "count",
    "shapes",
    "ok technically a square is a rectangle so how many rectangles are there",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "quantifier",
    "shapes",
    "is the triangle literally the only green thing",
    "and_(verify(u(sel(triangle)), color, green), not_(exist(fn(f(scene(), color=green), shape=triangle))))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.f(color="green") == [p.the("triangle")]),
)
P(
    "superlative",
    "shapes",
    "whats second from the left in the top row",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "are the star and the triangle the same size",
    "same(u(sel(star)), u(sel(triangle)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("triangle"), "size")),
)
P(
    "quantifier",
    "shapes",
    "are most of the shapes blue",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
X("shapes", "who would win in a fight the star or the hexagon")

# --- Oksana, a Ukrainian seamstress
P("count", "shapes", "How many pieces are red colour?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "compare_count",
    "shapes",
    "Small pieces are more than big pieces?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "quantifier",
    "shapes",
    "Both circles are big?",
    "not_(exist(fn(sel(circle), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f("circle"))),
)
P(
    "same_attr",
    "shapes",
    "How many other pieces have same colour as hexagon?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("hexagon") and p.value(o, "color") == p.value(p.the("hexagon"), "color")]
    ),
)
P(
    "position",
    "shapes",
    "In the bottom row, the piece in the middle — which colour it has?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "color"),
)
X("shapes", "How much fabric I need to sew the big triangle in real life, for a cushion?")

# --- Desmond, a Trinidadian domino player
P("count", "shapes", "Boy, how many triangles it have?", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "compare_count",
    "shapes",
    "It have more triangles than circles?",
    "gt(count(sel(triangle)), count(sel(circle)))",
    lambda p: yes(len(p.f("triangle")) > len(p.f("circle"))),
)
P(
    "quantifier",
    "shapes",
    "Every shape in the bottom row small, or what?",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
P(
    "negation",
    "shapes",
    "Apart from the circles, how many shapes blue?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)
P(
    "number",
    "shapes",
    "How many different colours the top row have?",
    "nvalues(f(scene(), vposition=top), color)",
    lambda p: colour_count(p, p.f(vposition="top")),
)
X("shapes", "Who win the last domino tournament down in Port of Spain?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
