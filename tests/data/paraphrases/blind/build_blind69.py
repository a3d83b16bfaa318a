# ruff: noqa: E501
"""Blind paraphrase set 69: a fifteenth fresh crowd with no common theme. About forty ordinary people of all ages, jobs
and countries, each imagined once and kept in character for five to seven questions about one picture, asking in their
own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Ingrid, a Norwegian beekeeper who counts everything like her hives ("ja", "so",
"standing"); Kwame, a mate on an Accra tro-tro minibus who calls out loads ("Chale", "dey", "e be"); Father Declan, a
gentle Irish parish priest ("would you ever tell me", "God love it"); Dev, a teenage speedrunner in gaming slang
("spawned", "route", "big boi", "fr"); Beatriz, a Lisbon azulejo painter ("pieces", "my tiles"); Oksana, a customs
officer in form-filling English ("articles", "Itemise", "Declare"); Ernesto, an Argentine tango teacher who sees a
dance floor ("Mirá", "che", "partners"); Mei, nine, a trading-card collector ("the shiny ones are the rare ones!!");
Hamid, an Istanbul carpet seller ("my friend", "I tell you"); Marek, a Polish crane operator looking down from his cab
("loads", "the site"); Nkechi, a Lagos pharmacist in polite Nigerian English ("Kindly", "please", "is it?"); Walt, a
Montana ranch hand ("head", "strayed", "big 'uns"); Pippa, twelve, a school marbles champion; Joost, a cheese porter at
the Alkmaar market ("yellow like a good Gouda", "precisely"); Siobhan, a Cork midwife ("pet", "like", "grand"); Arvid,
a Swedish furniture designer in clipped fragments ("Very clean. Very Scandinavian."); Kenji, a Tokyo sushi chef,
terse ("Which bigger?"); Dolores, a Filipino-American night nurse ("Hi po", "lang"); Big Marv, a Las Vegas blackjack
dealer ("on the felt", "the house"); Rahul, a Mumbai cricket fan ("yaar", "na", "one small doubt"); and Grandma June,
typing in capitals with one finger. On the photo-like graphs: Clive, a traffic warden ("vehicle", "for my notes",
"contravention"); Inés, a Madrid tour guide ("Bueno", "my group"); Rupert, a fashion stylist ("Darling", "ensemble",
"get the memo"); Gloria, a retired Kingston schoolteacher ("Tell me now", "is she not?"); Bertrand, a French waiter
("for the service", "non?"); Tammy, a Minnesota church-supper organiser ("Ope", "oh for cute", "yah?", "then");
Oleg, a clock repairer ("the timepiece"); Jules, a food photographer ("in shot", "frame left"); Clement, a
birdwatcher ("logged", "sighting"); Ximena, a Mexican kindergarten teacher ("my little ones"); Dwayne, a disc-golf
player ("sick throw", "hucking", "the disc"); and Paddy, a Dublin pensioner ("yer woman", "so", "is it?"). On the
drawing: Arjun, nine and proud of his polygon words; Hyun-joo, a Korean grandmother learning English ("How many circle
is", "is same colour?"); Tobias, a stained-glass maker ("panes", "glass"); Priscilla, a quiz-show host ("Fingers on
buzzers!", "True or false"); Gemma, a cake decorator ("cutouts", "fondant", "icing"); Farid, a colour-blind accountant;
Henrik, a flag enthusiast ("the canton", "charges"); and Dmitri, a tattoo artist ("flash sheet", "designs").

Sentence shapes: fragments and bare lists ("Brown ball, gray ball. Which bigger?", "Itemise, please: number of metal
articles in the consignment."), all-capitals without punctuation ("HOW MANY BOXES ARE THERE DEAR"), fronted places and
topics ("Behind the big red ball, how many are there?", "Top row, second from the right: what colour?"), tags ("na?",
"non?", "yah?", "is it?", "is she not?", "or not?"), questions inside statements and asides ("I'm copying this onto a
cake", "I'm colour-blind, so bear with me"), pidgin and learner English ("how many small things dey inside this
picture?", "Square and hexagon is same colour?"), routes told step by step ("from the cyan cube go to the cylinder in
front of it, then ..."), comparisons said several ways ("Balls beat cylinders on numbers, right?", "Do the big ones
outnumber the small ones?", "more dogs than kids", "fewer red shapes than blue shapes", "same number, my friend?"),
negatives and exceptions ("not the red ones", "not yellow and not purple", "aren't white", "neither blue nor large",
"Circles aren't polygons"), and follow-ups that point back while naming what they point at ("And the red sign at the
top", "The bottle itself").

The questions cover counts (with conditions, "not", "neither ... nor", "together"), existence, an attribute of one
thing, yes/no checks of one value, two checks at once, comparisons of counts ("more", "fewer", "outnumber", "the
same number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both",
"everything ... only"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop
chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values,
the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1,
3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (prices and weights, opinions and feelings, what happens next, names and makers, the
world outside the picture).

Conventions (as set 53's and 66's). "The X" is only used where exactly one X matches, counting a square as a
rectangle; places and orders are only asked where a careful person could call them: on CLEVR no other object may lie
within TIE (0.25 scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is
asked only of an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing
and photos neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated
relations and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two
things is asked only where their size classes differ, and answered with the word that tells the bigger one from the
other (its shape, or its colour where the two share a shape). Answers are the graph's words (gray, not grey; sphere,
not ball; "sphere, cylinder" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no"
whatever the tag ("True or false", "or not?"). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/), its tests or any other
question set; the only files read were the brief (/tmp/prompts/common.md), build_blind66.py (its docstring, helpers
and code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the
blind_gold.py helpers it imports, and the scenes themselves (photo_scenes.json and the CLEVR val scenes file). No
question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor,
through ``--check``.

Run ``python build_blind69.py`` to write ``../blind69.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402
from blind_helpers import (  # noqa: E402
    alike,
    among,
    bigger_of,
    children,
    colour_count,
    drawn_larger,
    every,
    hop,
    is_rel,
    lacking,
    larger,
    listed,
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

OUT = Path(__file__).resolve().parents[1] / "blind69.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def colours(s: Clevr, ids) -> str:
    return str(len({s.a(i, "color") for i in ids}))


def drawn_bigger_of(p: Photo, a: str, b: str, attribute: str = "shape") -> str:
    """Which of drawn shapes a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are
    the same or that attribute does not tell them apart."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, attribute) == p.value(b, attribute):
        raise NotUnique("same size class or not told apart")
    return p.value(a if p.value(a, "size") == "large" else b, attribute)


def yellow_rectangle(p: Photo) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Ingrid, a Norwegian beekeeper who counts everything like her hives
C(
    "count",
    37,
    "In my hives I count everything, ja. So: how many cylinders are standing in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    37,
    "There are two red ones. Are they the same shape, or is one a box and the other a ball?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "superlative",
    37,
    "Which one is nearest to the camera? I only need to know its shape.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    37,
    "So, the big gray cylinder. How many things are standing on its right side?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "number",
    37,
    "My bees see colour differently from us, you know. How many different colours do we see here, all in all?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)
X(37, "Would my bees like the little red ball, do you think? They go mostly for blue and yellow flowers.")

# --- Kwame, a mate on an Accra tro-tro minibus
C(
    "count",
    37,
    "Chale, how many small things dey inside this picture?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "negation",
    37,
    "The rubber ones, but not the red ones — how many be that?",
    "count(fn(f(scene(), material=rubber), color=red))",
    lambda s: n(lacking(s, s.f(material="rubber"), color="red")),
)
C(
    "chain",
    37,
    "The big purple box — the ball sitting in front of it, which colour be that?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=purple)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="large", color="purple"), "front", shape="sphere"), "color"),
)
C(
    "compare_count",
    37,
    "Cubes and cylinders, the number be the same for both?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "verify",
    37,
    "The one wey dey at the very back, e be metal?",
    "verify(ord(scene(), behind, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "material") == "metal"),
)
C(
    "exist",
    37,
    "Any green one at all, or no green?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
X(37, "How much you go charge me to carry all of them to Kaneshie market?")

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Father Declan, a gentle Irish parish priest
C(
    "count",
    8,
    "Would you ever tell me how many cubes are in this one? I'm hopeless at these puzzles.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    8,
    "Are there as many metal things as rubber things, or has one side the upper hand?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "attribute",
    8,
    "The big ball there, God love it — what colour would you call it?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "same_attr",
    8,
    "And how many other things share a colour with that big ball?",
    "count(same_attr(u(f(sel(sphere), size=large)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "color")),
)
C(
    "spatial",
    8,
    "Is the cyan cube over to the left of the yellow cube, would you say?",
    "exist(f(rel(u(f(sel(cube), color=yellow)), left), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "left", {"shape": "cube", "color": "yellow"}),
)

# --- Dev, a teenage speedrunner
C(
    "count",
    8,
    "how many small objects spawned in this map fr",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    8,
    "which object is furthest back, shape only pls",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    8,
    "ok route: from the cyan cube go to the cylinder in front of it, then to the cylinder right of that one. what colour is the last one",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), front), shape=cylinder)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="cyan"), "front", shape="cylinder"), "right", shape="cylinder"), "color"
    ),
)
C(
    "compare_size",
    8,
    "gray cylinder vs yellow cylinder, which one has the bigger hitbox",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cylinder), color=yellow)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cylinder", color="yellow"), "color"),
)
C(
    "position",
    8,
    "the cyan cube is it on the left or the right side of the screen",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
C(
    "quantifier",
    8,
    "are all the cubes small or is there a big boi somewhere",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
X(8, "what game is this from, looks like some physics sandbox thing")

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Beatriz, a Lisbon azulejo painter
C(
    "count",
    33,
    "Cyan is a colour I use a lot on my tiles. How many pieces here are cyan?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    33,
    "And those cyan pieces — do they have the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "attribute",
    33,
    "What colour is the large cube?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "list",
    33,
    "Which colours do the small pieces come in? Tell me every one.",
    "values(f(scene(), size=small), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="small")),
)
C(
    "quantifier",
    33,
    "Is every large piece made of shiny metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "two_clause",
    33,
    "The red ball — is it big and also metal, both things?",
    "and_(verify(u(f(sel(sphere), color=red)), size, large), verify(u(f(sel(sphere), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "large"
        and s.a(s.the(shape="sphere", color="red"), "material") == "metal"
    ),
)

# --- Oksana, a customs officer
C(
    "count",
    33,
    "Itemise, please: number of metal articles in the consignment.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    33,
    "Are the large articles more numerous than the small articles?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "spatial",
    33,
    "How many articles are located behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "superlative",
    33,
    "The article positioned furthest to the left: state its material.",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "chain",
    33,
    "Behind the small blue cylinder there is one cube. Declare its size.",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=blue)), behind), shape=cube)), size)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small", color="blue"), "behind", shape="cube"), "size"),
)
C(
    "position",
    33,
    "The gray sphere: left-hand side of the image or right-hand side?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)
X(33, "What is the declared value of these goods, in euros?")

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Ernesto, an Argentine tango teacher
C(
    "count",
    6,
    "Mirá, how many red ones are out on the dance floor?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    6,
    "The two cylinders, che — are they the same colour, like good partners?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "spatial",
    6,
    "Behind the big red ball, how many are there?",
    "count(rel(u(f(sel(sphere), size=large, color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="red"))),
)
C(
    "superlative",
    6,
    "Who dances furthest to the right? Tell me the shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "compare_size",
    6,
    "The gray ball and the blue cube — which one is the bigger?",
    "q(u(f(union(f(sel(sphere), color=gray), f(sel(cube), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cube", color="blue")),
)
X(6, "Which of these would make the best tango partner, che?")

# --- Mei, nine, a trading-card collector
C(
    "count",
    6,
    "how many shiny ones are there?? the shiny ones are the rare ones!!",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "exist",
    6,
    "is there a green one anywhere",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "superlative",
    6,
    "of the two little balls which one is closer to the front? say its colour",
    "q(ord(f(sel(sphere), size=small), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "front"), "color"),
)
C(
    "quantifier",
    6,
    "are all the balls rubber ones",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "compare_count",
    6,
    "are there more balls than cubes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "negation",
    6,
    "how many things are not red",
    "count(fn(scene(), color=red))",
    lambda s: n(lacking(s, s.all(), color="red")),
)
X(6, "which one would win in a battle")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Hamid, an Istanbul carpet seller
C(
    "count",
    10,
    "My friend, how many large pieces do you see here?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_count",
    10,
    "I tell you, there are fewer balls than cylinders. Am I right?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    10,
    "The little cube at the back — what is it made from?",
    "q(u(f(sel(cube), size=small)), material)",
    lambda s: s.a(s.the(shape="cube", size="small"), "material"),
)
C(
    "same_attr",
    10,
    "The small red cylinder — how many other things carry the same colour?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=red)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="red"), "color")),
)
C(
    "spatial",
    10,
    "Is the purple ball to the left of the red ball, my friend?",
    "exist(f(rel(u(f(sel(sphere), color=red)), left), color=purple, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "purple"}, "left", {"shape": "sphere", "color": "red"}),
)
X(10, "How much would you pay for the big purple one? For you I make a good price.")

# --- Marek, a Polish crane operator
C(
    "superlative",
    10,
    "From my cab I see the whole site. Which load sits furthest back — what shape is it?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    10,
    "Behind the gray cylinder is a ball, and left of that ball is another ball. Colour of the second ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), behind), shape=sphere)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="gray"), "behind", shape="sphere"), "left", shape="sphere"), "color"
    ),
)
C(
    "verify",
    10,
    "Green cylinder is metal, yes?",
    "verify(u(f(sel(cylinder), color=green)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="green"), "material") == "metal"),
)
C(
    "compare_size",
    10,
    "Red cylinder, red ball: which is heavier to lift — I mean, which is bigger?",
    "q(u(f(union(f(sel(cylinder), color=red), f(sel(sphere), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="red"), s.the(shape="sphere", color="red")),
)
C(
    "position",
    10,
    "The purple ball — which side of the picture, left or right?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C("number", 10, "How many different colours on the site?", "nvalues(scene(), color)", lambda s: colours(s, s.all()))

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Nkechi, a Lagos pharmacist
C(
    "count",
    1,
    "Kindly tell me how many cylinders are there.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    1,
    "The two blue cylinders, are they of the same material, please?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "attribute",
    1,
    "The sphere, what colour is it?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    1,
    "How many objects are in front of the purple cube, please?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)
C(
    "verify",
    1,
    "The gray cube is a large one, is it?",
    "verify(u(f(sel(cube), color=gray)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="gray"), "size") == "large"),
)

# --- Walt, a Montana ranch hand
C(
    "count",
    1,
    "How many head we got in this pen, all told? Countin' every last thing in there.",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "exist",
    1,
    "Any of 'em made outta metal?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "superlative",
    1,
    "Which one's strayed furthest to the left? What shape's it?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "chain",
    1,
    "Back behind the purple cube there's a big one. What color's that big one?",
    "q(u(f(rel(u(f(sel(cube), color=purple)), behind), size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "behind", size="large"), "color"),
)
C(
    "quantifier",
    1,
    "Both cubes big 'uns?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "compare_count",
    1,
    "More little ones than big ones in there?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
X(1, "What'd a lot like this fetch down at the Billings sale barn?")

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Pippa, twelve, a school marbles champion
C(
    "count",
    4,
    "I play marbles so I always count the balls first. How many balls are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    4,
    "The big blue one looks like my best shooter — is it metal or rubber?",
    "choose(u(f(sel(sphere), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="blue"), "material"),
)
C(
    "compare_count",
    4,
    "Balls beat cylinders on numbers, right?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    4,
    "Which ball has rolled the furthest to the right? What colour is it?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "same_attr",
    4,
    "The little green cylinder — are there any other green things? How many?",
    "count(same_attr(u(f(sel(cylinder), color=green)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "color")),
)
C(
    "spatial",
    4,
    "How many balls are in front of the big blue ball?",
    "count(f(rel(u(f(sel(sphere), size=large, color=blue)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="sphere", size="large", color="blue")), shape="sphere")),
)

# --- Joost, a cheese porter at the Alkmaar market
C(
    "count",
    4,
    "Yellow like a good Gouda — how many yellow things do you count?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "list",
    4,
    "And what shapes are those yellow ones? Give me all of them, precisely.",
    "values(f(scene(), color=yellow), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="yellow")),
)
C(
    "negation",
    4,
    "How many things are not yellow and not purple?",
    "count(fn(fn(scene(), color=yellow), color=purple))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"yellow", "purple"}]),
)
C(
    "exist",
    4,
    "A cheese wheel is round, but I like a block too. Is there any cube in this picture?",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "number",
    4,
    "How many different colours are in the picture, altogether?",
    "nvalues(scene(), color)",
    lambda s: colours(s, s.all()),
)
C(
    "compare_attr",
    4,
    "The two purple things: made of the same material, yes or no?",
    "same(f(scene(), color=purple), material)",
    lambda s: alike(s, s.f(color="purple"), "material"),
)

# scene 3: small red metal sph, small purple metal cube (far left, front), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Siobhan, a Cork midwife
C("count", 3, "How many red ones are there, pet?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_attr",
    3,
    "The two big cylinders — would they be the same colour, like?",
    "same(f(sel(cylinder), size=large), color)",
    lambda s: alike(s, s.f(shape="cylinder", size="large"), "color"),
)
C(
    "quantifier",
    3,
    "Are the small ones all metal, pet?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "chain",
    3,
    "Behind the little red cylinder there's a big cylinder. What colour is that one?",
    "q(u(f(rel(u(f(sel(cylinder), size=small, color=red)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="small", color="red"), "behind", shape="cylinder"), "color"),
)
C(
    "compare_size",
    3,
    "Is the red ball bigger than the purple cylinder, would you say?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(cylinder), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", color="purple")),
)
C(
    "superlative",
    3,
    "Grand. And which one is nearest the front? The shape of it, I mean.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(3, "Ah, they look like a little family. Which one is the mammy?")

# scene 23: small yellow metal sph, small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Arvid, a Swedish furniture designer
C(
    "count",
    23,
    "Four objects only. Very clean. Very Scandinavian. How many of them are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    23,
    "The one large piece. Material?",
    "q(u(f(scene(), size=large)), material)",
    lambda s: s.a(only(s.f(size="large")), "material"),
)
C(
    "compare_attr",
    23,
    "The two spheres. Same colour, or not?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "superlative",
    23,
    "Which piece is placed furthest back? Its shape, please.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    23,
    "Brown sphere to the right of the yellow sphere. Correct?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}),
)
C(
    "same_attr",
    23,
    "How many other pieces share the material of the large cylinder?",
    "count(same_attr(u(f(sel(cylinder), size=large)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large"), "material")),
)

# scene 51: small brown metal sph, large gray rubber sph (back), small yellow metal cube (front, far left)

# --- Kenji, a Tokyo sushi chef
C("count", 51, "How many balls? Quickly, please.", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_size",
    51,
    "Brown ball, gray ball. Which bigger?",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="sphere", color="gray"), "color"),
)
C(
    "attribute",
    51,
    "The cube — what colour, please?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "spatial",
    51,
    "Behind the cube, how many pieces?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)
C(
    "verify",
    51,
    "Gray ball is metal?",
    "verify(u(f(sel(sphere), color=gray)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="gray"), "material") == "metal"),
)
X(51, "Which one you put on the plate first, for the customer?")

# scene 39: large gray metal cyl (far right), small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Dolores, a Filipino-American night nurse
C(
    "count",
    39,
    "Hi po, quick question lang: how many cylinders are in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    39,
    "The two gray ones, do they have the same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "spatial",
    39,
    "Is the brown cylinder on the left of the cube?",
    "exist(f(rel(u(sel(cube)), left), color=brown, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "brown"}, "left", {"shape": "cube"}),
)
C(
    "compare_size",
    39,
    "Which is bigger po, the gray cylinder or the brown one?",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cylinder), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cylinder", color="brown"), "color"),
)
C(
    "quantifier",
    39,
    "Are all the gray things made of metal?",
    "not_(exist(fn(f(scene(), color=gray), material=metal)))",
    lambda s: every(s, s.f(color="gray"), material="metal"),
)

# scene 40: small cyan metal cube (front, far right), large brown rubber cyl (far left), large gray metal cube (back)

# --- Big Marv, a Las Vegas blackjack dealer
C("count", 40, "Alright, how many cubes we got on the felt?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    40,
    "Do the big ones outnumber the small ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "superlative",
    40,
    "Who's sitting closest to the camera? Gimme the color.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    40,
    "Something's parked left of the gray cube. What's it made of?",
    "q(u(rel(u(f(sel(cube), color=gray)), left)), material)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", color="gray"))), "material"),
)
C(
    "compare_attr",
    40,
    "Them two cubes — same material, or is the house pulling a fast one?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)

# scene 34: small red metal cyl (far left, front), small yellow metal cube (back), large gray metal cyl (far right)

# --- Rahul, a Mumbai cricket fan
C("count", 34, "Yaar, how many cylinders are there?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    34,
    "Everything is metal only, na?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "verify",
    34,
    "One small doubt: the cube is yellow, right?",
    "verify(u(sel(cube)), color, yellow)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow"),
)
C(
    "compare_size",
    34,
    "The gray cylinder is bigger than the cube, na?",
    "larger(u(f(sel(cylinder), color=gray)), u(sel(cube)))",
    lambda s: larger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube")),
)
C(
    "spatial",
    34,
    "How many things are on the right of the red cylinder?",
    "count(rel(u(f(sel(cylinder), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="red"))),
)
C(
    "superlative",
    34,
    "Which one is furthest back, like fielding at the boundary? Colour please.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(34, "If these were a cricket team, which one would be captain?")

# scene 58: small blue rubber sph (back, far right), large cyan metal cube (front), large purple metal cube (far left)

# --- Grandma June, typing in capitals with one finger
C("count", 58, "HOW MANY BOXES ARE THERE DEAR", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    58,
    "AND THE SMALL ROUND ONE WHAT COLOUR IS IT",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    58,
    "ARE THE TWO BOXES THE SAME SIZE",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "spatial",
    58,
    "IS THE PURPLE BOX IN FRONT OF THE BALL",
    "exist(f(rel(u(sel(sphere)), front), color=purple, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "purple"}, "front", {"shape": "sphere"}),
)
C(
    "superlative",
    58,
    "WHICH ONE IS CLOSEST TO ME. WHAT COLOUR",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(58, "MY GRANDSON SENT ME THIS PICTURE. IS HE DOING ALRIGHT AT SCHOOL")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Clive, a traffic warden
P(
    "text",
    "street",
    "What's painted on the road surface there? I'll need the exact wording for my notes.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "count",
    "street",
    "How many vehicles in total in this shot?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "spatial",
    "street",
    "The white car is stopped on the left of the bus, correct?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "attribute",
    "street",
    "Colour of the car, for the ticket?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "And is that car at the top or the bottom of the picture?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
X("street", "What's the registration on that car? I need the plate number for the contravention.")

# --- Inés, a Madrid tour guide
P(
    "text",
    "street",
    "Bueno, the bus has some Spanish written on it — what exactly does it say?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "And the red sign at the top, which word is on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_attr",
    "street",
    "The sign and the bus, are they both painted the same colour?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "spatial",
    "street",
    "Is the sign on the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "count",
    "street",
    "How many people can my group see in the photo?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
X("street", "Which street of Madrid is this? Gran Vía, no?")

# --- Rupert, a fashion stylist
P(
    "chain",
    "street",
    "Darling, the gentleman in white — what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P("count", "street", "How many ties can you spot, in total?", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "attribute",
    "street",
    "The lady in the middle — what colour is her ensemble?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "compare_attr",
    "street",
    "The two men's outfits: same colour, or did one of them not get the memo?",
    "same(sel(man), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("man")}) == 1),
)
P(
    "superlative",
    "street",
    "The man furthest left — what colour is he wearing?",
    "q(ord(sel(man), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("man"), "left"), "color"),
)
X("street", "Which designer is the green dress from? I must know.")

# --- Gloria, a retired Kingston schoolteacher
P(
    "spatial",
    "street",
    "Tell me now, the little brown dog — is the woman holding it?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P("count", "street", "How many grown men are in the picture?", "count(sel(man))", lambda p: n(p.f("man")))
P("exist", "street", "Is there a cat anywhere on that street?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "where",
    "street",
    "That tree over the bus — is it standing behind it, or in front?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "spatial",
    "street",
    "The woman is in front of the bus, is she not?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Bertrand, a French waiter
P(
    "count",
    "kitchen",
    "For the service, how many cups have been set on the table, please?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "The bottle — what is written on its label? I hope it is not sparkling.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The bottle itself, which colour?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "chain",
    "kitchen",
    "The cup just to the right of the bottle — which colour is it?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "verify",
    "kitchen",
    "The fork, it is silver, non?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)

# --- Tammy, a Minnesota church-supper organiser
P(
    "count",
    "kitchen",
    "Oh for cute! How many things altogether are sitting on the table there?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock, then?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "exist",
    "kitchen",
    "Ope, is there a spoon anywhere? You'd need one for the hotdish.",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "negation",
    "kitchen",
    "How many of the cups on the table aren't white?",
    "count(fn(rel(u(sel(table)), on, name=cup), color=white))",
    lambda p: n([o for o in named(p, on_table(p), "cup") if p.value(o, "color") != "white"]),
)
P(
    "spatial",
    "kitchen",
    "The gal in yellow is standing off to the right of the table, yah?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "What's she fixing for supper, do ya think?")

# --- Oleg, a clock repairer
P(
    "text",
    "kitchen",
    "As a clockmaker I must ask: what time does the timepiece on the wall indicate?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "What colour is the clock?",
    "q(u(sel(clock)), color)",
    lambda p: p.value(p.the("clock"), "color"),
)
P(
    "chain",
    "kitchen",
    "What is the clock hanging above?",
    "q(u(rel(u(sel(clock)), above, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("clock"), "above"))),
)
P(
    "position",
    "kitchen",
    "Is the clock in the upper or the lower part of the picture?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "superlative",
    "kitchen",
    "Of the cups, which stands furthest to the right? Its colour, please.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "Is that clock running fast or slow? What is the true time there?")

# --- Jules, a food photographer
P("count", "kitchen", "How many cups are in shot, every one of them?", "count(sel(cup))", lambda p: n(p.f("cup")))
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
    "Run me through the cup colours — all of them.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "Second cup from frame left — what colour?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "chain",
    "kitchen",
    "There's a cup on the left of the plate. Colour?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "position",
    "kitchen",
    "The woman: frame left or frame right?",
    "choose(u(sel(woman)), hposition, [left, right])",
    lambda p: p.value(p.the("woman"), "hposition"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Clement, a birdwatcher
P(
    "exist",
    "park",
    "Any birds in this one? I've nothing logged yet today.",
    "exist(sel(bird))",
    lambda p: yes(bool(p.f("bird"))),
)
P(
    "count",
    "park",
    "How many trees, then? Trees are usually where the birds are.",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "chain",
    "park",
    "That yellow thing up high is a frisbee, not a sighting, I take it. Who's throwing it?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "position",
    "park",
    "Is the frisbee in the upper part of the frame or the lower part?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the woman in red?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("woman", color="red")), "tree"))),
)
P(
    "count",
    "park",
    "And how many dogs are about? They do scare the birds off.",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)

# --- Ximena, a Mexican kindergarten teacher
P(
    "count",
    "park",
    "I always count my little ones. How many children are in the park?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "attribute",
    "park",
    "What colour is the boy wearing?",
    "q(u(sel(boy)), color)",
    lambda p: p.value(p.the("boy"), "color"),
)
P(
    "compare_attr",
    "park",
    "Are the boy and the girl dressed in the same colour?",
    "same(u(sel(boy)), u(sel(girl)), color)",
    lambda p: yes(p.value(p.the("boy"), "color") == p.value(p.the("girl"), "color")),
)
P(
    "spatial",
    "park",
    "Is the girl near the white dog? She should be careful.",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("dog", color="white")), "girl"))),
)
P(
    "superlative",
    "park",
    "Which person is standing furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Where are the children's parents? Is one of these ladies their mamá?")

# --- Dwayne, a disc-golf player
P(
    "chain",
    "park",
    "Sick throw! What colour's the disc the kid is hucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "chain",
    "park",
    "What's the kid standing near?",
    "q(u(rel(u(sel(boy)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "near"))),
)
P(
    "count",
    "park",
    "How many grown-ups are out in the shot?",
    "count(union(sel(man), sel(woman)))",
    lambda p: n(p.f(("man", "woman"))),
)
P(
    "exist",
    "park",
    "Is there a dude anywhere? Like, any man at all?",
    "exist(sel(man))",
    lambda p: yes(bool(p.f("man"))),
)
P(
    "compare_count",
    "park",
    "Are there more dogs than kids?",
    "gt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) > len(children(p))),
)
X("park", "How far d'you think that disc is gonna fly?")

# --- Paddy, a Dublin pensioner
P(
    "chain",
    "park",
    "Yer woman in the white — what's she standing near?",
    "q(u(rel(u(f(sel(woman), color=white)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="white"), "near"))),
)
P(
    "attribute",
    "park",
    "What colour's the bike, so?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "verify",
    "park",
    "And the bench is green, is it?",
    "verify(u(sel(bench)), color, green)",
    lambda p: yes(p.value(p.the("bench"), "color") == "green"),
)
P(
    "spatial",
    "park",
    "Is the bench on the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "quantifier",
    "park",
    "Is every woman there holding a dog?",
    "not_(exist(diff(sel(woman), rel(sel(dog), holding))))",
    lambda p: yes(all(any(p.name(d) == "dog" for d in p.objects_of(w, "holding")) for w in p.f("woman"))),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Arjun, nine and proud of his polygon words
P(
    "negation",
    "shapes",
    "My teacher said circles aren't polygons. So how many polygons are there?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "attribute",
    "shapes",
    "What colour is the hexagon? It has six sides, I counted them.",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Is the square bigger than the triangle?",
    "larger(u(sel(square)), u(sel(triangle)))",
    lambda p: drawn_larger(p, p.the("square"), p.the("triangle")),
)
P(
    "count",
    "shapes",
    "How many rectangles are there? A square is a rectangle too, you know!",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P("exist", "shapes", "Is there a pentagon?", "exist(sel(pentagon))", lambda p: yes(bool(p.f("pentagon"))))
X("shapes", "Can you draw me an octagon next to the star?")

# --- Hyun-joo, a Korean grandmother learning English
P(
    "count",
    "shapes",
    "Hello. I am learning English. How many circle is in the picture?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "Big circle is what colour?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "Where is the star? Up or down?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "compare_attr",
    "shapes",
    "Square and hexagon is same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P("number", "shapes", "How many colour are used?", "nvalues(scene(), color)", lambda p: colour_count(p, p.objects))

# --- Tobias, a stained-glass maker
P(
    "count",
    "shapes",
    "If I cut this in glass, how many blue panes would I need?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "list",
    "shapes",
    "Which colours of glass would I need overall? List them, the most used first.",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "compare_count",
    "shapes",
    "Would there be more large panes than small ones?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) > len(p.f(size="small"))),
)
P(
    "superlative",
    "shapes",
    "Top row, second from the right: what colour?",
    "q(ord(f(scene(), vposition=top), right, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many pieces share a colour with the star?",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color")]
    ),
)
X("shapes", "How much would the lead came for a window like this cost me?")

# --- Priscilla, a quiz-show host
P("count", "shapes", "Fingers on buzzers! How many shapes in total?", "count(scene())", lambda p: n(p.objects))
P(
    "superlative",
    "shapes",
    "For ten points: in the top row, which shape is furthest to the right?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "True or false: every small shape is blue.",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "two_clause",
    "shapes",
    "For a bonus: is the triangle both large and green?",
    "and_(verify(u(sel(triangle)), size, large), verify(u(sel(triangle)), color, green))",
    lambda p: yes(p.value(p.the("triangle"), "size") == "large" and p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer red shapes than blue shapes?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)

# --- Gemma, a cake decorator
P(
    "count",
    "shapes",
    "I'm copying this onto a cake. How many of the cutouts will be red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "list",
    "shapes",
    "Which shapes do I need to cut from the blue fondant?",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "attribute",
    "shapes",
    "The rectangle at the bottom left — what colour icing does that take?",
    "q(u(f(sel(rectangle), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(
        only([o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]),
        "color",
    ),
)
P(
    "negation",
    "shapes",
    "How many cutouts are neither blue nor large?",
    "count(fn(fn(scene(), color=blue), size=large))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "size") != "large"]),
)
P(
    "verify",
    "shapes",
    "The triangle's green, yes? I want to get the shade right.",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
X("shapes", "How many people would a cake this size feed?")

# --- Farid, a colour-blind accountant
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so bear with me: what colour is the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour? They look identical to me.",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "count",
    "shapes",
    "How many shapes are green? I genuinely can't tell.",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "attribute",
    "shapes",
    "The shape right in the centre of the drawing — what colour is that?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes are the same colour as the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)

# --- Henrik, a flag enthusiast
P(
    "position",
    "shapes",
    "On a flag the top-left corner is the canton. What shape sits in the top-left corner here?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "How many charges — shapes, that is — sit in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "Which is larger: the red circle or the blue circle?",
    "q(u(f(union(f(sel(circle), color=red), f(sel(circle), color=blue)), size=large)), color)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("circle", color="blue"), "color"),
)
P(
    "exist",
    "shapes",
    "Is there a star? Every good flag needs one.",
    "exist(sel(star))",
    lambda p: yes(bool(p.f("star"))),
)
P(
    "position",
    "shapes",
    "Does the hexagon sit on the right-hand side?",
    "verify(u(sel(hexagon)), hposition, right)",
    lambda p: yes(p.value(p.the("hexagon"), "hposition") == "right"),
)
X("shapes", "Which country's flag does this remind you of?")

# --- Dmitri, a tattoo artist
P(
    "count",
    "shapes",
    "Flash sheet here. How many small designs are on it?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "exist",
    "shapes",
    "Are any of the large designs blue?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
P(
    "superlative",
    "shapes",
    "Which design in the bottom row is furthest right? Colour only.",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "compare_size",
    "shapes",
    "The square or the red circle — which one's bigger?",
    "q(u(f(union(sel(square), f(sel(circle), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("circle", color="red")),
)
P(
    "compare_attr",
    "shapes",
    "Do the triangle and the yellow rectangle share a size?",
    "same(u(sel(triangle)), u(f(sel(rectangle), color=yellow)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(yellow_rectangle(p), "size")),
)
X("shapes", "Would this look sick as a full sleeve or nah?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
