# ruff: noqa: E501
"""Blind paraphrase set 96: "counting with care". About forty people for whom counting is a job or a lifelong habit,
each imagined once and kept in character for five to seven questions about one picture, asking in their own words and
habits of speech, always understandably to a careful reader. Most of what they ask is a count of some kind (with
conditions, negation, exceptions and "together", how many different values, how many more, whether there are as many,
at least / at most / exactly as many, counts relative to another thing, what is left over), with the other kinds
mixed in as such people would ask them.

The cast. On the CLEVR pictures: Bev, a Derby supermarket stocktaker on nights ("duck", "units", "do they tally",
"two different lines"); Arjun, thirteen, training for the maths olympiad ("Strictly speaking", "at least equal to");
Inês, a Portuguese toy-factory inspector ("For my report", "pieces in this batch", "I must check this"); Kofi, a
Ghanaian football referee ("on the pitch", "abi?", "by how many do the cubes lead?"); Mrs Lindqvist, a Swedish
librarian ("For the catalogue", "must I correct my catalogue?"); Vikram, an Indian railway ticket checker ("Kindly
tell me", "correct or not?", "both are of same material only?"); Darnell, a census enumerator ("headcount of this
household", "residents", "put down on the form"); Poppy, five ("one two three four... how many balls", "boxes");
Hamish, a Highland sheep farmer ("beasts", "big yins", "wee", "whit", "thegither"); Ruth, a birdwatcher doing the
annual count ("tally sheet", "leaving the cylinder itself out of the count"); Ayesha, a pharmacist who counts
everything twice ("the tray", "I need both to be right"); Benny, eight, counting on his fingers ("if you take away the
blue ones how many are left"); Giuseppe, a pasta-factory inspector in Bologna ("Allora", "which shapes they are?",
"sì?"); Sister Bernadette, an Irish nun counting her beads ("round ones", "God love them"); Kevin, a London doorman
with a clicker ("Headcount", "little 'uns", "stood behind", "that right?"); Lucía, a cashier from Guadalajara ("like at
my register", "it is a cylinder?"); Tyrone, a Jamaican dominoes player in Brixton ("Bredren", "Which one bigger");
Jabu, a South African cricket umpire ("Howzit", "in play", "hey?"); Gwen, a theatre nurse doing the instrument count
("before closing", "on the tray"); Otto, a Viennese accountant ("on the books", "line items", "outnumber"); Rhys, a
Swansea darts scorer ("Game on!", "butt", "is it?"); Mei, a Singaporean tuition teacher ("how many cubes got?",
"ah?", "lah", "or not?"). On the photo-like graphs: Gary, a traffic-count surveyor ("click", "peds", "log sheet");
PC Ferris, taking a headcount at an incident ("For my notebook", "males", "at the scene"); Pedro, a tour guide from
Seville ("How many womans there are", "The sign of stop"); Ida, eighty, who has counted everything she passes since
she was a girl ("dear", "love", "I like to be sure of both"); Chef Dominique ("Mise en place check", "hein?");
Siobhan, a Cork wedding planner counting place settings ("Grand, so", "have we, so?"); Mr Abernathy, a hotel
inventory auditor ("Inventory audit", "items resting on the table"); Tilly, six, counting with her mum ("mummy says
count the cups"); Brooke, a Gold Coast lifeguard ("G'day", "chuckin'", "d'ya reckon"); Mr Dimitriou, a Greek
park-keeper ("How many trees I have to look after?", "of what it is made?"); Ms Ortega, a second-grade teacher on a
field trip ("Headcount, kiddos!", "mijo"); Ahmed, a statistician on his lunch break ("Sample size first",
"outnumber", "unaccounted for"). On the drawing: Miss Honeywell, a reception-class teacher ("let's count together!",
"Fingers up"); Dev, a sudoku addict ("Treat it like a grid", "the centre cell"); Grandpa Joe with his granddaughter
Annie; Beatriz, a Brazilian embroiderer ("motifs", "Which colours of thread I need"); Lars, a Danish QC inspector at a
sign factory ("units", "the spec"); Nell, seven, with her abacus; Professor Hartmann, a Heidelberg statistician ("Let
the population be", "the majority"); and Lottie, a quiz-show contestant ("for the car", "Final answer").

Sentence shapes: bare fragments and clipped log-book speech ("And peds. How many on foot?", "Bus colour, for the log
sheet?", "Unit in the bottom-left corner: colour?"), fronted topics ("Cubes against cylinders: do they tally",
"Large versus small — is it an even split?", "Benches and bicycles — is the same number?"), tags ("abi?", "sì?",
"hey?", "is it?", "yeah?", "or not?", "that right?"), statements to confirm ("Am I right that both men ...", "The
spec says no more large units than small ones. Does the drawing meet the spec?"), learners' and children's grammar
("is there more balls than boxes", "how many womans there are", "The bench, of what it is made?"), counts said many
ways ("headcount", "tally", "by how many do the cubes lead?", "by how much do the people outnumber the dogs?", "how
many more ... than", "at least equal to", "at least as many", "no more ... than", "exactly as many", "even split",
"outnumber"), exceptions and left-overs ("excluding the spheres", "Apart from the cube", "Setting the cups aside", "if
you take away the blue ones how many are left", "leaving the cylinder itself out of the count", "neither ... nor",
"aren't circles and aren't squares", "not kids"), and follow-ups that name what they point back at ("Of those items",
"And these red pieces", "Of the peds").

The questions cover counts (with conditions, "not", "neither ... nor", "or", "together", "apart from"), existence,
an attribute of one thing, yes/no checks of one value, two checks at once ("and", "or"), comparisons of counts
("more", "fewer", "as many as", "at least as many", "no more than", and "how many more", whose gold is ``sub`` and which
is asked only where the first count is the larger) and of attributes (same colour, size, shape or material),
quantifiers ("all", "every", "none", "most", "the majority", "everything else"), exceptions, relations (left, right, in
front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above,
behind, left, right), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which of two
things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture, rows, corners and the
centre of the drawing, and the text on the photos' bus, sign, road, bottle and clock. 135 questions ask about CLEVR val
scenes (37, 8, 33, 6, 10, 1, 3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a scene), 74 about the photo-like
graphs (street, kitchen, park) and 49 about the drawing of flat shapes; 28 must be refused, each in the same voice as
the person's other questions (prices, opinions, what happens next, names and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no "how many things are left of the bottle", as the eye sees the plate and the red cup
there too though the graph states only the blue cup; "just left of" names the stated neighbour). A which-side question is answered with
the side; a "which is bigger" between two things is asked only where their size classes differ, and answered with the
word that tells the bigger one from the other (its shape, or its colour for two cylinders). Answers are the graph's
words (gray, not grey; sphere, not ball; "cyan, gray, green, red" for a list, most frequent first, ties alphabetical);
yes/no answers are "yes" or "no" whatever the tag; counts are digits. Every gold program and answer comes from the
scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first five lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes.json, inspected with small Python snippets). Two gold operators that set
66 does not use, ``sub`` (a difference of counts) and ``or_``, were confirmed by running trial gold programs through
nsvr's executor the way ``--check`` does (a trial with a bare number, gt(count(...), 2), does not compile, so "at least
/ at most" is asked against another count, never against a number). No question was run through nsvr's parser,
planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind96.py`` to write ``../blind96.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    wearers,
    worn_by,
)

OUT = Path(__file__).resolve().parents[1] / "blind96.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def more_by(a: list, b: list) -> str:
    """How many more items a holds than b; asked only where a really holds more (NotUnique otherwise)."""
    if len(a) <= len(b):
        raise NotUnique(f"'how many more' asked, but {len(a)} <= {len(b)}")
    return str(len(a) - len(b))


def kinds_of(s, ids: list[int], attribute: str) -> str:
    """The number of different values of ``attribute`` among CLEVR objects ids."""
    return str(len({s.a(i, attribute) for i in ids}))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Bev, a supermarket stocktaker on the night shift in Derby
C(
    "count",
    37,
    "Right, duck, I'm doing the stock count off this picture. How many cylinders are on the shelf — big ones and little ones both?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    37,
    "Small stock that isn't rubber — how many units is that?",
    "count(fn(f(scene(), size=small), material=rubber))",
    lambda s: n(lacking(s, s.f(size="small"), material="rubber")),
)
C(
    "compare_count",
    37,
    "Cubes against cylinders: do they tally, same number of each?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "compare_attr",
    37,
    "There's two gray ones. Are they the same size, or have I got two different lines here?",
    "same(f(scene(), color=gray), size)",
    lambda s: alike(s, s.f(color="gray"), "size"),
)
C(
    "number",
    37,
    "How many different colours am I looking at across the whole lot?",
    "nvalues(scene(), color)",
    lambda s: kinds_of(s, s.all(), "color"),
)
X(37, "The labels have all come off this lot. What's the sell-by date on them?")

# --- Arjun, thirteen, training for the maths olympiad; precise to a fault
C(
    "negation",
    37,
    "Strictly speaking, how many objects here are neither cubes nor spheres?",
    "count(fn(fn(scene(), shape=cube), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") not in {"cube", "sphere"}]),
)
C(
    "compare_count",
    37,
    "How many more small objects are there than large ones?",
    "sub(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: more_by(s.f(size="small"), s.f(size="large")),
)
C(
    "compare_count",
    37,
    "Is the number of metal objects at least equal to the number of cubes?",
    "not_(lt(count(f(scene(), material=metal)), count(sel(cube))))",
    lambda s: yes(len(s.f(material="metal")) >= len(s.f(shape="cube"))),
)
C(
    "spatial",
    37,
    "Count the objects lying to the left of the purple cube.",
    "count(rel(u(f(sel(cube), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="purple"))),
)
C(
    "compare_size",
    37,
    "Which is larger: the cyan sphere or the blue cylinder?",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(cylinder), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cylinder", color="blue")),
)
C(
    "superlative",
    37,
    "Counting from the left-hand end, what shape is the second object?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Inês, a Portuguese quality inspector at a toy factory
C(
    "count",
    8,
    "Good morning. For my report, how many pieces in this batch are small?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "count",
    8,
    "Of the cubes, how many are made of metal, please?",
    "count(f(sel(cube), material=metal))",
    lambda s: n(s.f(shape="cube", material="metal")),
)
C(
    "compare_attr",
    8,
    "The two yellow pieces — they have the same material? I must check this.",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "compare_count",
    8,
    "Is the quantity of metal pieces equal to the quantity of rubber pieces?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "exist",
    8,
    "Is there any piece that is large and also of rubber?",
    "exist(f(scene(), size=large, material=rubber))",
    lambda s: yes(bool(s.f(size="large", material="rubber"))),
)

# --- Kofi, a Ghanaian football referee
C(
    "count",
    8,
    "Referee here. How many gray ones are on the pitch?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "spatial",
    8,
    "The yellow cylinder, it is standing in front of the gray cube, abi?",
    "exist(f(rel(u(f(sel(cube), color=gray)), front), color=yellow, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "yellow"}, "front", {"shape": "cube", "color": "gray"}),
)
C(
    "superlative",
    8,
    "Who is the player furthest back? Tell me the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    8,
    "How many players are standing behind the big purple ball?",
    "count(rel(u(f(sel(sphere), size=large, color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="purple"))),
)
C(
    "compare_count",
    8,
    "Cubes against cylinders — by how many do the cubes lead?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: more_by(s.f(shape="cube"), s.f(shape="cylinder")),
)
C(
    "chain",
    8,
    "Behind the yellow cube there is one big cylinder. What is its colour?",
    "q(u(f(rel(u(f(sel(cube), color=yellow)), behind), shape=cylinder, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="yellow"), "behind", shape="cylinder", size="large"), "color"),
)
X(8, "My friend, which team will win this match?")

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Mrs Lindqvist, a Swedish librarian; quiet and exact
C(
    "count",
    33,
    "For the catalogue, please: how many items are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    33,
    "Are there as many spheres as cubes, or must I correct my catalogue?",
    "eq(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cube"))),
)
C(
    "same_attr",
    33,
    "How many other items are made of the same material as the gray sphere?",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)
C(
    "compare_attr",
    33,
    "The two cyan items — are they of the same size?",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "list",
    33,
    "Which colours do the metal items have? A short list will do.",
    "values(f(scene(), material=metal), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(material="metal")),
)
X(33, "Which company manufactured these items? I need the name for the acquisitions register.")

# --- Vikram, an Indian railway ticket checker
C("count", 33, "Kindly tell me how many objects are there in total.", "count(scene())", lambda s: n(s.all()))
C(
    "negation",
    33,
    "How many big ones are there, excluding the spheres?",
    "count(fn(f(scene(), size=large), shape=sphere))",
    lambda s: n(lacking(s, s.f(size="large"), shape="sphere")),
)
C(
    "spatial",
    33,
    "The gray sphere is to the right of the red sphere, correct or not?",
    "exist(f(rel(u(f(sel(sphere), color=red)), right), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "right", {"shape": "sphere", "color": "red"}),
)
C(
    "spatial",
    33,
    "How many objects are standing in front of the blue cylinder?",
    "count(rel(u(f(sel(cylinder), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="blue"))),
)
C(
    "compare_attr",
    33,
    "Green cube and red sphere, both are of same material only?",
    "same(u(f(sel(cube), color=green)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="green"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
C(
    "position",
    33,
    "The gray ball is on which side of the picture, left or right?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Darnell, a census enumerator going door to door
C(
    "count",
    6,
    "Census Bureau. I need a full headcount of this household — every object, please.",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "negation",
    6,
    "Of the residents that are red, how many are not spheres?",
    "count(fn(f(scene(), color=red), shape=sphere))",
    lambda s: n(lacking(s, s.f(color="red"), shape="sphere")),
)
C(
    "compare_count",
    6,
    "Large versus small — is it an even split?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "number",
    6,
    "How many different colours do I put down on the form?",
    "nvalues(scene(), color)",
    lambda s: kinds_of(s, s.all(), "color"),
)
C(
    "quantifier",
    6,
    "Would you say most of the household are spheres — more than half of them?",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: most([s.a(i, "shape") == "sphere" for i in s.all()]),
)
C(
    "chain",
    6,
    "There's a cylinder in front of the little red cube. How many spheres live to the left of that cylinder?",
    "count(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), front), shape=cylinder)), left), shape=sphere))",
    lambda s: n(
        among(
            s,
            related(s, "left", hop(s, s.the(shape="cube", size="small", color="red"), "front", shape="cylinder")),
            shape="sphere",
        )
    ),
)
X(6, "The form needs a surname. What's this family called?")

# --- Poppy, five, just learning her numbers
C("count", 6, "one two three four... how many balls", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_count",
    6,
    "is there more balls than boxes",
    "gt(count(sel(sphere)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cube"))),
)
C(
    "compare_count",
    6,
    "how many more balls than boxes",
    "sub(count(sel(sphere)), count(sel(cube)))",
    lambda s: more_by(s.f(shape="sphere"), s.f(shape="cube")),
)
C(
    "superlative",
    6,
    "whats the colour of the ball right at the front",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "verify",
    6,
    "is the blue box a little one",
    "verify(u(f(sel(cube), color=blue)), size, small)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "size") == "small"),
)
X(6, "if i push the red ball will it roll away")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Hamish, a Highland sheep farmer who counts his flock every morning
C(
    "count",
    10,
    "I count my flock every morning, so humour me. How many beasts are in this pen altogether?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "count",
    10,
    "How many o' them are big yins?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    10,
    "The wee cube — whit colour is it?",
    "q(u(f(sel(cube), size=small)), color)",
    lambda s: s.a(s.the(shape="cube", size="small"), "color"),
)
C(
    "count",
    10,
    "Count the cylinders an' the spheres thegither — how many's that?",
    "count(union(sel(cylinder), sel(sphere)))",
    lambda s: n(s.f(shape=("cylinder", "sphere"))),
)
C(
    "spatial",
    10,
    "How many are stood behind the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
X(10, "Whit would this lot fetch at the mart in Dingwall, d'ye think?")

# --- Ruth, a birdwatcher who does the annual garden count
C(
    "count",
    10,
    "For my tally sheet: how many spheres are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    10,
    "How many things are there that are neither red nor gray?",
    "count(fn(fn(scene(), color=red), color=gray))",
    lambda s: n([i for i in s.all() if s.a(i, "color") not in {"red", "gray"}]),
)
C(
    "exist",
    10,
    "Have I got at least one rubber cylinder, or none at all?",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)
C(
    "compare_attr",
    10,
    "The two red ones — are they the same size?",
    "same(f(scene(), color=red), size)",
    lambda s: alike(s, s.f(color="red"), "size"),
)
C(
    "same_attr",
    10,
    "How many things share a colour with the little red cylinder, leaving the cylinder itself out of the count?",
    "count(same_attr(u(f(sel(cylinder), size=small, color=red)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="red"), "color")),
)
C(
    "position",
    10,
    "Which side of the picture is the purple sphere on?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Ayesha, a pharmacist who counts everything twice
C(
    "count",
    1,
    "I count everything twice at work, so bear with me. How many items are in the tray?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_attr",
    1,
    "There are two blue ones. Same material, or not?",
    "same(f(scene(), color=blue), material)",
    lambda s: alike(s, s.f(color="blue"), "material"),
)
C(
    "count",
    1,
    "How many items are small and made of metal?",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_count",
    1,
    "Are there fewer spheres than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "two_clause",
    1,
    "The sphere — is it brown, and is it metal? I need both to be right.",
    "and_(verify(u(sel(sphere)), color, brown), verify(u(sel(sphere)), material, metal))",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "brown" and s.a(s.the(shape="sphere"), "material") == "metal"),
)
X(1, "Which pharmaceutical company makes capsules shaped like these?")

# --- Benny, eight, counting on his fingers
C(
    "count",
    1,
    "i can count to ten on my fingers. how many cubes are in the picture",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "negation",
    1,
    "how many things are not cubes",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "negation",
    1,
    "if you take away the blue ones how many are left",
    "count(fn(scene(), color=blue))",
    lambda s: n(lacking(s, s.all(), color="blue")),
)
C("attribute", 1, "what colour is the ball", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))
C(
    "compare_size",
    1,
    "is the purple cube bigger than the shiny blue cylinder",
    "larger(u(f(sel(cube), color=purple)), u(f(sel(cylinder), color=blue, material=metal)))",
    lambda s: larger(s, s.the(shape="cube", color="purple"), s.the(shape="cylinder", color="blue", material="metal")),
)
C(
    "spatial",
    1,
    "how many things are behind the purple cube",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)

# scene 3: small red metal sph, small purple metal cube (front, far left), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Giuseppe, a quality inspector at a pasta factory in Bologna
C(
    "count",
    3,
    "Allora, how many red pieces we have here?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "list",
    3,
    "And these red pieces, which shapes they are? Tell me all.",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)
C(
    "number",
    3,
    "How many different colours, in total? I think only two, no?",
    "nvalues(scene(), color)",
    lambda s: kinds_of(s, s.all(), "color"),
)
C(
    "quantifier",
    3,
    "The cylinders, all of them are made of rubber, sì?",
    "not_(exist(fn(sel(cylinder), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder"), material="rubber"),
)
C(
    "compare_count",
    3,
    "There are more pieces of metal than pieces of rubber?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    3,
    "Behind the little purple cube there is a sphere; to the right of that sphere stands a purple piece. Of what is it made?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=purple)), behind), shape=sphere)), right), color=purple)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="purple"), "behind", shape="sphere"),
            "right",
            color="purple",
        ),
        "material",
    ),
)
X(3, "Which one of these would go best with a pesto sauce, in your opinion?")

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Sister Bernadette, an Irish nun who counts her rosary every evening
C(
    "count",
    4,
    "Bless you. I count my beads every evening, so forgive me — how many round ones are there?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    4,
    "And how many of them are yellow, God love them?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C("exist", 4, "Are there any cubes at all among them?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "negation",
    4,
    "How many of the spheres are not made of rubber?",
    "count(fn(sel(sphere), material=rubber))",
    lambda s: n(lacking(s, s.f(shape="sphere"), material="rubber")),
)
C(
    "attribute",
    4,
    "The one big bead — what colour is it?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(only(s.f(size="large")), "color"),
)
C(
    "compare_count",
    4,
    "How many more spheres are there than cylinders, would you say?",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: more_by(s.f(shape="sphere"), s.f(shape="cylinder")),
)
X(4, "Do you know who arranged these? I'd like to remember them in my prayers.")

# --- Kevin, a doorman with a clicker, on the door of a London club
C(
    "count",
    4,
    "On the door tonight, mate. Headcount — how many in total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "count",
    4,
    "How many of 'em are little 'uns?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    4,
    "Are there at least as many cylinders as spheres in here?",
    "not_(lt(count(sel(cylinder)), count(sel(sphere))))",
    lambda s: yes(len(s.f(shape="cylinder")) >= len(s.f(shape="sphere"))),
)
C(
    "compare_attr",
    4,
    "The purple pair — same shape, the two of 'em?",
    "same(f(scene(), color=purple), shape)",
    lambda s: alike(s, s.f(color="purple"), "shape"),
)
C(
    "spatial",
    4,
    "How many are stood behind the big blue ball?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "quantifier",
    4,
    "None of the spheres is a big one, that right?",
    "not_(exist(f(sel(sphere), size=large)))",
    lambda s: yes(not s.f(shape="sphere", size="large")),
)

# scene 23: small yellow metal sph, small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Lucía, a cashier from Guadalajara who counts change all day
C(
    "count",
    23,
    "Ay, let me count like at my register. How many things are there, in total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "count",
    23,
    "How many of them are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    23,
    "Is there the same number of yellow things as brown things?",
    "eq(count(f(scene(), color=yellow)), count(f(scene(), color=brown)))",
    lambda s: yes(len(s.f(color="yellow")) == len(s.f(color="brown"))),
)
C(
    "verify",
    23,
    "The big one, it is a cylinder?",
    "verify(u(f(scene(), size=large)), shape, cylinder)",
    lambda s: yes(s.a(only(s.f(size="large")), "shape") == "cylinder"),
)
C(
    "superlative",
    23,
    "Of the two spheres, which colour is the one more to the right?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
X(23, "How much would all of this cost together, more or less?")

# --- Tyrone, a Jamaican dominoes player in Brixton
C("count", 23, "Bredren, how many balls you see in there?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    23,
    "The two balls — same colour, or no?",
    "same(sel(sphere), color)",
    lambda s: alike(s, s.f(shape="sphere"), "color"),
)
C(
    "quantifier",
    23,
    "Apart from the big cylinder, everything else is metal, true?",
    "not_(exist(fn(diff(scene(), f(sel(cylinder), size=large)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="cylinder", size="large")], material="metal"),
)
C(
    "spatial",
    23,
    "How many things in front of the big yellow cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=yellow)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="large", color="yellow"))),
)
C(
    "compare_size",
    23,
    "Which one bigger, the brown cylinder or the yellow cylinder?",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(cylinder), color=yellow)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", color="yellow"), "color"),
)

# scene 51: small brown metal sph, large gray rubber sph (back), small yellow metal cube (front, left)

# --- Jabu, a South African cricket umpire
C(
    "count",
    51,
    "Howzit. Umpire here — how many balls are in play?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    51,
    "Are both balls the same size, hey?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "spatial",
    51,
    "The brown ball is to the right of the gray one — is that so?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "right", {"shape": "sphere", "color": "gray"}),
)
C(
    "spatial",
    51,
    "How many things are in front of the big gray ball?",
    "count(rel(u(f(sel(sphere), size=large, color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large", color="gray"))),
)
C(
    "negation",
    51,
    "Apart from the cube, how many things are metal?",
    "count(diff(f(scene(), material=metal), sel(cube)))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cube")),
)
X(51, "Who's going to win the test at Newlands this weekend, hey?")

# scene 39: large gray metal cyl, small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Gwen, a theatre nurse doing the instrument count
C(
    "count",
    39,
    "Instrument count before closing. How many items are on the tray?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "negation",
    39,
    "How many items are gray but not cubes?",
    "count(fn(f(scene(), color=gray), shape=cube))",
    lambda s: n(lacking(s, s.f(color="gray"), shape="cube")),
)
C(
    "compare_attr",
    39,
    "The two gray items — same shape?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "position",
    39,
    "The small cylinder — which side of the picture is it on?",
    "choose(u(f(sel(cylinder), size=small)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small")),
)
C(
    "spatial",
    39,
    "Is the big cylinder in front of the little cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=small)), front), size=large, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "size": "large"}, "front", {"shape": "cylinder", "size": "small"}),
)
X(39, "Has the surgeon signed the count sheet yet?")

# scene 40: small cyan metal cube (far right, front), large brown rubber cyl, large gray metal cube (back)

# --- Otto, a Viennese accountant reconciling the books
C(
    "count",
    40,
    "For reconciliation: how many cubes are on the books?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    40,
    "How many line items are large?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_count",
    40,
    "Does the number of metal items exceed the number of rubber items?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "compare_count",
    40,
    "By how many do the cubes outnumber the cylinders?",
    "sub(count(sel(cube)), count(sel(cylinder)))",
    lambda s: more_by(s.f(shape="cube"), s.f(shape="cylinder")),
)
C(
    "compare_size",
    40,
    "Which is bigger, the cyan cube or the brown cylinder?",
    "q(u(f(union(f(sel(cube), color=cyan), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", color="brown")),
)
C(
    "spatial",
    40,
    "How many items stand to the left of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)

# scene 34: small red metal cyl (front, left), small yellow metal cube (back), large gray metal cyl (right)

# --- Rhys, a darts scorer from Swansea
C(
    "count",
    34,
    "Game on! How many cylinders have we got, butt?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    34,
    "Everything in there metal, is it?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_size",
    34,
    "Is the cube bigger than the gray cylinder?",
    "larger(u(sel(cube)), u(f(sel(cylinder), color=gray)))",
    lambda s: larger(s, s.the(shape="cube"), s.the(shape="cylinder", color="gray")),
)
C(
    "superlative",
    34,
    "What colour's the one right at the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    34,
    "How many things are to the right of the red cylinder?",
    "count(rel(u(f(sel(cylinder), color=red)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="red"))),
)
X(34, "Who threw the nine-darter at the Ally Pally last year?")

# scene 58: small blue rubber sph (back), large cyan metal cube (front), large purple metal cube

# --- Mei, a Singaporean tuition teacher
C("count", 58, "Okay class, how many cubes got?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    58,
    "The cubes same size or not?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "compare_count",
    58,
    "Got more metal things than rubber things or not?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    58,
    "How many things are behind the cyan cube?",
    "count(rel(u(f(sel(cube), color=cyan)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="cyan"))),
)
C(
    "superlative",
    58,
    "The two cubes, which one more to the left? Say the colour lah.",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "two_clause",
    58,
    "Got anything red or anything green in the picture or not?",
    "or_(exist(f(scene(), color=red)), exist(f(scene(), color=green)))",
    lambda s: yes(bool(s.f(color="red")) or bool(s.f(color="green"))),
)
X(58, "Will this type of question come out in the PSLE this year?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Gary, a traffic-count surveyor with a clicker
P(
    "count",
    "street",
    "Traffic survey. Buses plus cars — how many vehicles have I got to click in this shot?",
    "count(union(sel(bus), sel(car)))",
    lambda p: n(p.f(("bus", "car"))),
)
P("count", "street", "And peds. How many on foot?", "count(sel(person))", lambda p: n(people(p)))
P(
    "negation",
    "street",
    "Of the peds, how many are not wearing a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
P(
    "text",
    "street",
    "There's lettering painted on the road surface. What does it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "Bus colour, for the log sheet?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
X("street", "How many buses an hour run on this route, roughly?")

# --- PC Ferris, a constable taking a headcount at an incident
P(
    "count",
    "street",
    "For my notebook: how many males are present?",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "compare_count",
    "street",
    "Are there more men than women at the scene?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "spatial",
    "street",
    "The animal — a dog, I believe. Which person is it near?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "chain",
    "street",
    "The male standing to the left of the woman in green: what colour is his tie?",
    "q(u(rel(u(rel(u(f(sel(woman), color=green)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman", color="green")), "man"))), "color"),
)
P(
    "text",
    "street",
    "And the sign at the top right of the scene — what's printed on it?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "two_clause",
    "street",
    "Am I right that both men are wearing ties, and that the two ties are different colours?",
    "and_(not_(exist(diff(sel(man), rel(sel(tie), wearing)))), not_(same(sel(tie), color)))",
    lambda p: yes(
        all(m in wearers(p, "tie") for m in p.f("man")) and len({p.value(t, "color") for t in p.f("tie")}) > 1
    ),
)

# --- Pedro, a tour guide from Seville who counts his group at every corner
P(
    "count",
    "street",
    "Hola! I always count my group. How many womans there are in this street?",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "text",
    "street",
    "The bus have words on the side — what they say?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "spatial",
    "street",
    "The sign of stop, it is on the right of the bus, yes?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "compare_attr",
    "street",
    "The ties of the two men — they are the same colour?",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(t, "color") for t in p.f("tie")}) == 1),
)
P(
    "chain",
    "street",
    "The man more to the left, what colour is his tie?",
    "q(u(rel(ord(sel(man), left, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "left")), "color"),
)
X("street", "Where is the best place to eat paella near this street?")

# --- Ida, eighty, who has counted everything she passes since she was a girl
P(
    "count",
    "street",
    "I count everything, dear, always have. How many things in this picture are red? The bus, the sign — anything else?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "number",
    "street",
    "And how many different colours are the three people dressed in?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "spatial",
    "street",
    "There's a tree behind the bus, isn't there?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "Who's standing furthest to the left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "two_clause",
    "street",
    "Is the car white and the dog brown? I like to be sure of both.",
    "and_(verify(u(sel(car)), color, white), verify(u(sel(dog)), color, brown))",
    lambda p: yes(p.value(p.the("car"), "color") == "white" and p.value(p.the("dog"), "color") == "brown"),
)
P("count", "street", "How many dogs, love?", "count(sel(dog))", lambda p: n(p.f("dog")))
X("street", "What's that lady's name, the one with the little dog?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Chef Dominique, a French head chef checking the mise en place
P(
    "count",
    "kitchen",
    "Mise en place check. How many cups are on the table, hein?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "count",
    "kitchen",
    "On the table, how many things are white?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "number",
    "kitchen",
    "The cups — in how many different colours do they come?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "The cup the most to the right, which colour?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "text",
    "kitchen",
    "And the bottle — what is written on its label?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P("exist", "kitchen", "Is there a spoon anywhere? I see none.", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
X("kitchen", "Which wine would you pair with this lunch?")

# --- Siobhan, a wedding planner from Cork counting place settings
P(
    "count",
    "kitchen",
    "Grand, so. I'm counting place settings — how many plates are there?",
    "count(sel(plate))",
    lambda p: n(p.f("plate")),
)
P(
    "compare_count",
    "kitchen",
    "And how many more cups than plates have we, so?",
    "sub(count(sel(cup)), count(sel(plate)))",
    lambda p: more_by(p.f("cup"), p.f("plate")),
)
P(
    "text",
    "kitchen",
    "The clock over the table — what time does it say? I've a schedule to keep.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The woman in the kitchen, what colour is she wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is she to the right of the table, the woman?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "Will the guests like these cups, d'you think?")

# --- Mr Abernathy, a hotel inventory auditor
P(
    "count",
    "kitchen",
    "Inventory audit. Total number of items resting on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "count",
    "kitchen",
    "Of those items, how many are made of metal?",
    "count(f(rel(u(sel(table)), on), material=metal))",
    lambda p: n([o for o in on_table(p) if p.value(o, "material") == "metal"]),
)
P(
    "attribute",
    "kitchen",
    "The table itself — what is it made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "two_clause",
    "kitchen",
    "Is the bottle green, and is it standing on the table?",
    "and_(verify(u(sel(bottle)), color, green), vrel(u(sel(table)), on, name=bottle))",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green" and p.has(p.the("bottle"), "on", p.the("table"))),
)
P(
    "spatial",
    "kitchen",
    "Is the white cup located to the right of the bottle?",
    "exist(f(rel(u(sel(bottle)), right, name=cup), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bottle")), "cup"))),
)
P(
    "negation",
    "kitchen",
    "Setting the cups aside, how many white items are there in the room?",
    "count(diff(f(scene(), color=white), sel(cup)))",
    lambda p: n([o for o in p.f(color="white") if p.name(o) != "cup"]),
)

# --- Tilly, six, learning to count with her mum
P("count", "kitchen", "mummy says count the cups. how many cups", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "two_clause",
    "kitchen",
    "is there a red cup and a blue cup",
    "and_(exist(f(sel(cup), color=red)), exist(f(sel(cup), color=blue)))",
    lambda p: yes(bool(p.f("cup", color="red")) and bool(p.f("cup", color="blue"))),
)
P(
    "chain",
    "kitchen",
    "what colour is the cup just left of the lady",
    "q(u(rel(u(sel(woman)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("woman")), "cup")), "color"),
)
P(
    "chain",
    "kitchen",
    "what is the clock above",
    "q(u(rel(u(sel(clock)), above, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("clock"), "above"))),
)
P("count", "kitchen", "how many things are white", "count(f(scene(), color=white))", lambda p: n(p.f(color="white")))
X("kitchen", "is the lady going to make tea now")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Brooke, a lifeguard from the Gold Coast who does headcounts for a living
P(
    "count",
    "park",
    "G'day. Headcount first: how many people in the park?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "negation",
    "park",
    "How many of 'em are grown-ups, not kids?",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as kids, d'ya reckon?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
P(
    "spatial",
    "park",
    "Who's the one chuckin' the frisbee?",
    "q(u(rel(u(sel(frisbee)), throwing)), name)",
    lambda p: p.name(only(p.subjects("throwing", p.the("frisbee")))),
)
P(
    "verify",
    "park",
    "The frisbee's up the top of the picture, yeah?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
X("park", "Is it gonna rain on this lot later this arvo?")

# --- Mr Dimitriou, a Greek park-keeper
P(
    "count",
    "park",
    "I keep this park. How many trees I have to look after?",
    "count(sel(tree))",
    lambda p: n(p.f("tree")),
)
P(
    "compare_count",
    "park",
    "Benches and bicycles — is the same number?",
    "eq(count(sel(bench)), count(sel(bicycle)))",
    lambda p: yes(len(p.f("bench")) == len(p.f("bicycle"))),
)
P(
    "attribute",
    "park",
    "The bench, of what it is made?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "chain",
    "park",
    "Which woman is near the bicycle — she wears what colour?",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "count",
    "park",
    "How many green things are in my park?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
X("park", "Who planted these trees? I would like to know his name.")

# --- Ms Ortega, a second-grade teacher on a field trip, forever counting heads
P(
    "count",
    "park",
    "Headcount, kiddos! How many children do I see in this park?",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "verify",
    "park",
    "Is the girl wearing pink?",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P(
    "spatial",
    "park",
    "What's the girl standing near?",
    "q(u(rel(u(sel(girl)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("girl")))),
)
P(
    "spatial",
    "park",
    "Is the boy to the left of the girl, mijo?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("girl")), "boy"))),
)
P(
    "count",
    "park",
    "How many grown-ups are holding a dog?",
    "count(rel(sel(dog), holding))",
    lambda p: n({o for d in p.f("dog") for o in p.subjects("holding", d)}),
)
P(
    "chain",
    "park",
    "The dog near the girl — what colour is it?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)

# --- Ahmed, a statistician from Alexandria on his lunch break
P(
    "count",
    "park",
    "Sample size first: how many dogs are in the park?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "compare_count",
    "park",
    "By how much do the people outnumber the dogs?",
    "sub(count(sel(person)), count(sel(dog)))",
    lambda p: more_by(people(p), p.f("dog")),
)
P(
    "number",
    "park",
    "How many distinct colours do the dogs come in?",
    "nvalues(sel(dog), color)",
    lambda p: colour_count(p, p.f("dog")),
)
P(
    "superlative",
    "park",
    "Among the people, who is furthest to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "list",
    "park",
    "List the colours the women are wearing.",
    "values(sel(woman), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("woman")),
)
P(
    "quantifier",
    "park",
    "Is every dog near somebody, or is one unaccounted for?",
    "not_(exist(diff(sel(dog), rel(sel(person), near))))",
    lambda p: yes(
        all(any(p.name(o) in {"man", "woman", "boy", "girl"} for o in p.objects_of(d, "near")) for d in p.f("dog"))
    ),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Miss Honeywell, a reception-class teacher
P(
    "count",
    "shapes",
    "Okay boys and girls, let's count together! How many circles can we find?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "count",
    "shapes",
    "Fingers up: how many shapes are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "compare_count",
    "shapes",
    "Now, are there more blue shapes than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "compare_count",
    "shapes",
    "Clever! And how many more blue ones than red ones is that?",
    "sub(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: more_by(p.f(color="blue"), p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "Who can tell me what colour the star is?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
X("shapes", "Who drew these lovely shapes? Was it one of our friends from Class 2?")

# --- Dev, a sudoku addict who likes his counts exact
P(
    "count",
    "shapes",
    "Treat it like a grid. How many shapes sit in the top row?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "compare_count",
    "shapes",
    "Does the bottom row hold exactly as many shapes as the top row?",
    "eq(count(f(scene(), vposition=bottom)), count(f(scene(), vposition=top)))",
    lambda p: yes(len(p.f(vposition="bottom")) == len(p.f(vposition="top"))),
)
P(
    "superlative",
    "shapes",
    "Reading the bottom row from right to left, what's the first shape?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither large nor blue?",
    "count(fn(fn(scene(), size=large), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "large" and p.value(o, "color") != "blue"]),
)
P(
    "number",
    "shapes",
    "How many distinct colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "position",
    "shapes",
    "The centre cell, so to speak — which shape is in the very middle?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)

# --- Grandpa Joe, going over shapes with his granddaughter Annie
P(
    "count",
    "shapes",
    "Okay, Annie's learning her shapes with me. How many triangles are there?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "verify",
    "shapes",
    "And the triangle, it's green, right?",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "count",
    "shapes",
    "How many of the small shapes are blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the red circle or the square?",
    "q(u(f(union(f(sel(circle), color=red), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="red"), p.the("square")),
)
P(
    "position",
    "shapes",
    "What shape is up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
X("shapes", "Annie wants to know what the star's favourite food is.")

# --- Beatriz, a Brazilian embroiderer who counts every motif before she stitches
P(
    "count",
    "shapes",
    "For my embroidery I must count the motifs. How many motifs are red?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "compare_attr",
    "shapes",
    "The two red motifs, they are the same size?",
    "same(f(scene(), color=red), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f(color="red")}) == 1),
)
P(
    "count",
    "shapes",
    "How many motifs have four sides — squares and rectangles together?",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "list",
    "shapes",
    "Which colours of thread I need for the bottom row? Tell me all of them.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "The hexagon, it is smaller than the yellow rectangle?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("hexagon")),
)
X("shapes", "Which thread brand has the most beautiful green for this triangle?")

# --- Lars, a Danish quality inspector at a sign factory
P("count", "shapes", "QC check. Count of units in the drawing?", "count(scene())", lambda p: n(p.objects))
P(
    "negation",
    "shapes",
    "Units that are not blue: how many?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "quantifier",
    "shapes",
    "Do all the large units sit in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "exist",
    "shapes",
    "Is there a unit that is both green and small?",
    "exist(f(scene(), color=green, size=small))",
    lambda p: yes(bool(p.f(color="green", size="small"))),
)
P(
    "compare_count",
    "shapes",
    "The spec says no more large units than small ones. Does the drawing meet the spec?",
    "not_(gt(count(f(scene(), size=large)), count(f(scene(), size=small))))",
    lambda p: yes(len(p.f(size="large")) <= len(p.f(size="small"))),
)
P(
    "position",
    "shapes",
    "Unit in the bottom-left corner: colour?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)

# --- Nell, seven, with her abacus
P(
    "count",
    "shapes",
    "i have an abacus. how many shapes are there all together",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "compare_count",
    "shapes",
    "is there the same number of red circles and blue circles",
    "eq(count(f(sel(circle), color=red)), count(f(sel(circle), color=blue)))",
    lambda p: yes(len(p.f("circle", color="red")) == len(p.f("circle", color="blue"))),
)
P(
    "negation",
    "shapes",
    "if i take away the circles how many shapes are left",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "attribute",
    "shapes",
    "what colour is the little circle",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the star or the rectangle",
    "q(u(f(union(sel(star), sel(rectangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("rectangle")),
)
X("shapes", "which shape is the happiest one")

# --- Professor Hartmann, who teaches statistics in Heidelberg
P(
    "count",
    "shapes",
    "Let the population be all shapes in the drawing. How many of them are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "quantifier",
    "shapes",
    "Is it true that the majority of the shapes are blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "count",
    "shapes",
    "How many shapes are red or green?",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in {"red", "green"}]),
)
P(
    "negation",
    "shapes",
    "Excluding the small circle in the centre, how many blue shapes remain?",
    "count(diff(f(scene(), color=blue), f(sel(circle), size=small)))",
    lambda p: n([o for o in p.f(color="blue") if o != p.the("circle", size="small")]),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share their colour with the triangle?",
    "count(same_attr(u(sel(triangle)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "color") == p.value(p.the("triangle"), "color")]
    ),
)
P(
    "list",
    "shapes",
    "Which colours occur among the large shapes? Please list them.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
X("shapes", "What is the probability that the next drawing will contain a star?")

# --- Lottie, a quiz-show contestant playing for the car
P(
    "count",
    "shapes",
    "Okay, for the car: how many small shapes are in the top row?",
    "count(f(scene(), vposition=top, size=small))",
    lambda p: n(p.f(vposition="top", size="small")),
)
P(
    "verify",
    "shapes",
    "The shape in the top right corner is a triangle. Final answer — am I right?",
    "verify(u(f(scene(), hposition=right, vposition=top)), shape, triangle)",
    lambda p: yes(p.value(p.the(hposition="right", vposition="top"), "shape") == "triangle"),
)
P(
    "negation",
    "shapes",
    "How many shapes are there that aren't circles and aren't squares?",
    "count(fn(fn(scene(), shape=circle), shape=square))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") not in {"circle", "square"}]),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "Which shape is furthest to the left in the whole drawing?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
X("shapes", "What's the top prize on this show if I get them all right?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
