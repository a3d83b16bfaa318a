# ruff: noqa: E501
"""Blind paraphrase set 75: "the quiz and worksheet voice", a twenty-first crowd. About forty people, each imagined
once and kept in character for five to seven questions about one picture, who ask the way tests, worksheets, quiz
apps, flash cards, homework sheets, trivia hosts, exam papers and instruction manuals ask, each in their own voice and
always understandably to a careful reader.

The cast. On the CLEVR pictures: Mrs Okafor, a Year 2 teacher writing a worksheet ("Count the cylinders and write the
number in the box", "Circle the right word", "Fill in the missing word"); Desmond, a television quiz-show host ("Question
one, for ten points", "(a) one, (b) two or (c) three", "On your buzzers"); a flash-card app ("Card 3 of 6. Q: ...",
"Flip for the answer"); a science textbook ("Exercise 4.2 (a) State the number of ...", "Determine the material");
a dad running a car quiz for two children ("First to shout the answer wins", "Maisie, finish my sentence"); Kofi, eight,
reading his homework sheet out in lowercase ("number 2. circle the right word"); Big Terry, a pub-quiz host on the
picture round ("pens at the ready", "no conferring at the back"); an exam paper ("[2 marks]", "Excluding the cylinders");
a flat-pack instruction manual ("Step 3: Count all components positioned behind ..."); a driving-theory-test writer
("Mark one answer. ... A) 3 B) 4 C) 5 D) 6"); Akela, a Scout leader playing Kim's game ("patrol", "Hands up"); a
language-learning app ("Complete the sentence: There are ___ cubes", "Choose the correct word: (big / small)"); Mr
Lindqvist, a maths tutor who sets true-or-false statements; Jade, an escape-room game master ("Clue two: say the colour
... out loud"); a puzzle magazine ("PUZZLE 14 ... Write your answer in the grid"); Dr Achebe, a psychology experimenter
reading out trials ("Trial three. Respond yes or no"); a clickbait online quiz ("Only a true genius can get this one",
"90% of people get this wrong!"); Mrs Wu, an eleven-plus tutor ("Verbal reasoning warm-up", "Odd one out"); a Brownie
badge checklist ("Tick the box if it's true"); Miss Fern, a nursery assistant ("Can you find all the gray things?");
and a university lab-practical handout ("Record ... in Table 1", "Enter Y or N"). On the photo-like graphs: Mr Haddad,
an ESOL teacher ("Complete the sentence", "Choose the right words: (in front of / to the left of)"); a children's
magazine activity page ("SPOT IT!", "Grab your crayons!"); Nurse Bola giving a memory-clinic picture test ("take your
time"); Sergeant Price running an observation exercise for recruits ("Thirty seconds", "for your notebook"); a home
economics worksheet ("Section B: Table setting. Q1."); a quiz app ("LEVEL 3", "Tap the right answer", "Quick-fire
round!"); a mum playing a bedtime game ("sweetheart", "Say yes or no"); a "Name That" game-show host ("Name that
object!", "Fingers on buzzers"); a reading-comprehension sheet ("answer in a full sentence"); Nell reading out pub
quiz cards ("Card eleven: ..."); Rosie, seven, reading her homework aloud; and a search-and-find activity book
("SEARCH AND FIND!"). On the drawing: a geometry textbook ("Exercise 7.1 Q1. Count the quadrilaterals"); a mum making
flash cards with her toddler; an SAT-style multiple-choice paper ("Which of the following ... (A) ... (D)"); Magnus, a
quiz-show host ("Starter for ten"); Mr Dale, a special-needs teacher giving one short instruction at a time ("Find the
triangle. What colour is it?"); an art-class colour worksheet ("Part 4: leaving out blue, list every colour"); the
manual of a shape-sorting toy ("Step 5: Verify that ..."); and Gaz, a breakfast-radio phone-in quiz host ("Caller,
you're live", "for a tenner", "for the mug").

Sentence shapes: imperatives ("Count the ...", "Name the colour of ...", "Write down ...", "List every ...", "State
...", "Record ...", "Circle the right word", "Draw a ring around ...", "Say yes or no: ..."), true-or-false statements
("True or false: every cylinder in the picture is small.", "Tick if true: ..."), fill-in-the-blank ("There are ___ men
in the street.", "The ball is made of ________.", "finish my sentence: the little cylinder is made of..."), multiple
choice with lettered or worded options ("(a) one, (b) two or (c) three", "A) metal B) rubber", "red, cyan or purple?",
"12:00 / 12:30 / 1:30", "(big / small)"), numbered and labelled items ("Question four:", "(e)", "Q3.", "Card 5 of 6.",
"Clue four:", "Trial two.", "Step 3:", "number 5 says ..."), marks and instructions wrapped round the question ("[1
mark]", "Answer yes or no.", "Write your answer in the grid.", "Enter Y or N.", "Flip for the answer."), and
multi-step directions for chains ("Locate the cylinder behind the red cube, then the sphere to the right of that
cylinder", "start at the purple cylinder, find the cube to its right, then the ball behind that cube").

The questions cover counts (with conditions, "not counting", "excluding", "neither ... nor", "or", "altogether",
"both ... and"), existence, an attribute of one thing, yes/no checks of one value and of two at once, comparisons of
counts ("more", "as many as", "equal", "same number") and of attributes (same colour, size, shape, material, row),
quantifiers ("all", "every", "most", "any", "both"), exceptions, relations (left, right, in front, behind on CLEVR; on
the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in
front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which of two things is the
bigger, lists of values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the
photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about the CLEVR
val scenes 22, 30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9 (one or two people to a scene), about 30% about the
photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused,
each in the same voice as the person's other questions (extension tasks that ask for stories, opinions and reasons,
prices and weights, makers and names, what happens next, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open. A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape, or its colour where both are spheres). Answers are the graph's words (gray, not grey; sphere, not ball; large,
not big; wood, not timber; "green, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or
"no" whatever the asker calls them (true or false, tick or not, Y/N, A) Yes B) No). A multiple-choice question is
answered with the value itself ("3", "blue"), never with the letter of the option; a fill-in-the-blank with the word or
number that fills the blank. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the first five lines of
blind66.jsonl (for the line format), the helpers blind_gold.py and blind_helpers.py that it imports, and the scenes
themselves (photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was run
through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through
``--check``.

Run ``python build_blind75.py`` to write ``../blind75.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind75.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def not_on(p, ids: list[str], name: str) -> list[str]:
    """The photo objects of ids whose name is not ``name``."""
    return [o for o in ids if p.name(o) != name]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left, left side), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Mrs Okafor, a Year 2 teacher writing a worksheet
C(
    "count",
    22,
    "Look carefully at the picture. Count the cylinders and write the number in the box.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    22,
    "Circle the right word: the cube is big / small.",
    "choose(u(sel(cube)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube"), "size"),
)
C(
    "attribute",
    22,
    "Fill in the missing word. The ball is made of ________.",
    "q(u(sel(sphere)), material)",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "superlative",
    22,
    "Draw a ring around the thing that is furthest back. What colour is it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "two_clause",
    22,
    "Say yes or no: the cube is yellow and it is made of shiny metal.",
    "and_(verify(u(sel(cube)), color, yellow), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow" and s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "position",
    22,
    "Is the big yellow cylinder on the left side of the picture or the right side? Write left or right.",
    "choose(u(f(sel(cylinder), size=large, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="yellow")),
)
X(22, "Extension task: write a short story about who left these shapes lying on the floor.")

# scene 30: large green rubber sph, large purple rubber sph (back, far left), large blue metal cyl (front)

# --- Desmond, a television quiz-show host
C(
    "count",
    30,
    "Good evening and welcome to Brain Box! Question one, for ten points: how many spheres can you see? Is it (a) one, (b) two or (c) three?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    30,
    "Question two. The cylinder is which colour: is it blue, green or purple?",
    "choose(u(sel(cylinder)), color, [blue, green, purple])",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "quantifier",
    30,
    "On your buzzers. True or false: every object in the picture is large.",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    30,
    "For a bonus five points, name the material of the purple sphere.",
    "q(u(f(sel(sphere), color=purple)), material)",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "material"),
)
C(
    "superlative",
    30,
    "Which object is standing furthest to the left? I'll accept the colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_attr",
    30,
    "Last question of the round: the two spheres, same material, yes or no?",
    "same(sel(sphere), material)",
    lambda s: alike(s, s.f(shape="sphere"), "material"),
)
X(30, "And for the star prize: what will happen to the blue cylinder once the cameras stop rolling?")

# scene 27: large purple rubber cube (far right), small yellow metal sph (far left), small red rubber cyl, large red rubber cube (front)

# --- a flash-card app
C(
    "count",
    27,
    "Card 1 of 6. Q: Number of cubes in the picture? A: ____",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    27,
    "Card 2 of 6. Q: Colour of the sphere?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_attr",
    27,
    "Card 3 of 6. Q: Are the red cube and the red cylinder the same size? Flip for the answer.",
    "same(u(f(sel(cube), color=red)), u(f(sel(cylinder), color=red)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "size") == s.a(s.the(shape="cylinder", color="red"), "size")),
)
C(
    "superlative",
    27,
    "Card 4 of 6. Q: Shape of the object nearest the front?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "count",
    27,
    "Card 5 of 6. Q: How many objects are red or rubber? (Count each object only once.)",
    "count(union(f(scene(), color=red), f(scene(), material=rubber)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(material="rubber"))),
)
C(
    "list",
    27,
    "Card 6 of 6. Q: List the colours of the rubber objects.",
    "values(f(scene(), material=rubber), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(material="rubber")),
)

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)

# --- a science textbook
C(
    "count",
    14,
    "Exercise 4.2 (a) State the number of spheres shown in Figure 1.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_size",
    14,
    "(b) State whether the cube is larger than the cyan sphere. Answer yes or no.",
    "larger(u(sel(cube)), u(f(sel(sphere), color=cyan)))",
    lambda s: larger(s, s.the(shape="cube"), s.the(shape="sphere", color="cyan")),
)
C(
    "superlative",
    14,
    "(c) Determine the material of the object located furthest from the viewer.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "quantifier",
    14,
    "(d) Are both of the small objects made of metal? Answer yes or no.",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "spatial",
    14,
    "(e) How many objects lie in front of the blue sphere?",
    "count(rel(u(f(sel(sphere), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="blue"))),
)
X(14, "(f) Using Figure 1, estimate the mass of the cyan sphere in grams. Show your working.")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (front, right side)

# --- a dad running a car quiz for his two children
C(
    "count",
    2,
    "Okay you two, car quiz! First to shout the answer wins: how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    2,
    "Next one. The cube: what colour is it? Go!",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "attribute",
    2,
    "Maisie, your turn, finish my sentence: the little cylinder is made of...",
    "q(u(f(sel(cylinder), size=small)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "material"),
)
C(
    "position",
    2,
    "True or false, Sam: the cyan cylinder is on the right-hand side of the picture.",
    "verify(u(f(sel(cylinder), color=cyan)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cylinder", color="cyan")) == "right"),
)
C(
    "compare_size",
    2,
    "Tie-breaker! Which is bigger, the gray cylinder or the green cube?",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(cube), color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube", color="green")),
)
X(2, "Bonus round: who makes these toys, and which shop can we buy them from?")

# scene 0: small yellow rubber sph (front), large blue metal sph (far left, left side), large green rubber cyl

# --- Kofi, eight, reading his homework sheet out
C(
    "count",
    0,
    "question 1 says count the balls and write how many",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    0,
    "number 2. circle the right word. the cylinder is big or small",
    "choose(u(sel(cylinder)), size, [large, small])",
    lambda s: s.a(s.the(shape="cylinder"), "size"),
)
C(
    "attribute",
    0,
    "number 3 says which ball is the shiny metal one, the blue one or the yellow one",
    "choose(u(f(sel(sphere), material=metal)), color, [blue, yellow])",
    lambda s: s.a(only(s.f(shape="sphere", material="metal")), "color"),
)
C(
    "position",
    0,
    "question 4. is the big blue ball on the left side of the picture or the right side",
    "choose(u(f(sel(sphere), size=large, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="blue")),
)
C(
    "spatial",
    0,
    "number 5. true or false. the yellow ball is in front of the green cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "front", {"shape": "cylinder", "color": "green"}),
)
C(
    "negation",
    0,
    "number 6 how many things are not made of rubber",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
X(0, "the last one says what do you think the shapes are for. it says use your imagination")

# scene 21: small green rubber cyl (far left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Big Terry, a pub-quiz host doing the picture round
C(
    "count",
    21,
    "Right, picture round, pens at the ready. Question one: how many spheres are in the picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    21,
    "Question two: name the colour of the big metal cylinder.",
    "q(u(f(sel(cylinder), size=large, material=metal)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large", material="metal"), "color"),
)
C(
    "compare_count",
    21,
    "Question three, and no conferring at the back: are there more rubber objects than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "superlative",
    21,
    "Question four: the object second from the front. What shape is it?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "number",
    21,
    "Question five, one point: how many different colours can you see in the picture?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "spatial",
    21,
    "Question six: count the objects to the left of the large red ball.",
    "count(rel(u(f(sel(sphere), size=large, color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="red"))),
)
X(21, "And the tie-breaker: in what year was this picture made? Nearest answer takes it.")

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left, left side), large brown rubber sph (far right), small gray metal cyl (back)

# --- an exam paper
C(
    "count",
    25,
    "1. How many cylinders are shown in the diagram? [1 mark]",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    25,
    "2. State the colour of the cube. [1 mark]",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_count",
    25,
    "3. Is the number of spheres equal to the number of cylinders? [1 mark]",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    25,
    "4. Identify the colour of the object positioned furthest to the right. [1 mark]",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "negation",
    25,
    "5. Excluding the cylinders, how many objects are made of metal? [2 marks]",
    "count(fn(f(scene(), material=metal), shape=cylinder))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="cylinder")),
)
C(
    "quantifier",
    25,
    "6. Is every large object made of metal? Answer yes or no. [1 mark]",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
X(25, "7. Discuss why the designer may have chosen these particular colours. [6 marks]")

# --- a flat-pack instruction manual
C(
    "position",
    25,
    "Step 1: Locate the small brown cylinder. Indicate whether it is on the left or the right side of the picture.",
    "choose(u(f(sel(cylinder), size=small, color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="brown")),
)
C(
    "spatial",
    25,
    "Step 2: Confirm that the large cyan sphere is in front of the red cube.",
    "exist(f(rel(u(f(sel(cube), color=red)), front), size=large, color=cyan, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "size": "large", "color": "cyan"}, "front", {"shape": "cube", "color": "red"}
    ),
)
C(
    "spatial",
    25,
    "Step 3: Count all components positioned behind the large blue cylinder.",
    "count(rel(u(f(sel(cylinder), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="blue"))),
)
C(
    "compare_attr",
    25,
    "Step 4: Verify that the two brown components are the same size (Y/N).",
    "same(f(scene(), color=brown), size)",
    lambda s: alike(s, s.f(color="brown"), "size"),
)
C(
    "chain",
    25,
    "Step 5: Locate the cylinder behind the red cube, then the sphere to the right of that cylinder. State the material of that sphere.",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), behind), shape=cylinder)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="red"), "behind", shape="cylinder"), "right", shape="sphere"),
        "material",
    ),
)
X(25, "Step 6: If any components are missing from the box, which number should be rung for customer service?")

# scene 18: large cyan rubber cube (back), large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left, left side), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (very back)

# --- a driving-theory-test writer
C(
    "count",
    18,
    "Mark one answer. How many purple objects are in the picture? A) 3 B) 4 C) 5 D) 6",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "attribute",
    18,
    "Mark one answer. What is the small blue cylinder made of? A) metal B) rubber",
    "choose(u(f(sel(cylinder), size=small, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="small", color="blue"), "material"),
)
C(
    "superlative",
    18,
    "Mark one answer. What colour is the object nearest the back? A) red B) cyan C) purple",
    "choose(ord(scene(), behind, 1), color, [red, cyan, purple])",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_count",
    18,
    "Mark one answer. Are there more cylinders than cubes? A) Yes B) No",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "spatial",
    18,
    "Mark one answer. How many spheres are to the right of the large metal cylinder? A) 1 B) 2 C) 3",
    "count(f(rel(u(f(sel(cylinder), size=large, material=metal)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", size="large", material="metal")), shape="sphere")),
)
X(
    18,
    "Mark one answer. Which object will roll away first if the table is tipped? A) the red sphere B) the cyan sphere C) the purple sphere",
)

# --- Akela, a Scout leader playing Kim's game
C(
    "count",
    18,
    "Kim's game, patrol! Eyes on the picture. How many small objects are there?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "superlative",
    18,
    "Name the colour of the object furthest to the left.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "exist",
    18,
    "Hands up if you think there's a red cube anywhere. Well, is there? Yes or no.",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "compare_attr",
    18,
    "The two cyan objects: are they the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "negation",
    18,
    "How many rubber objects are there, not counting the spheres?",
    "count(fn(f(scene(), material=rubber), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="rubber"), shape="sphere")),
)
C(
    "same_attr",
    18,
    "Tell me how many other objects are the same shape as the cyan cube.",
    "count(same_attr(u(f(sel(cube), color=cyan)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="cyan"), "shape")),
)
C(
    "superlative",
    18,
    "Last one, patrol: second from the right. What shape?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right, right side), small yellow rubber cube (far left, left side)

# --- a language-learning app
C(
    "count",
    19,
    "Complete the sentence: There are ___ cubes in the picture.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    19,
    "Choose the correct word: The sphere is (big / small).",
    "choose(u(sel(sphere)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere"), "size"),
)
C(
    "attribute",
    19,
    "Fill in the gap with a colour: The large cube is ___.",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "superlative",
    19,
    "Complete the sentence: The object at the very front is a ___.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "attribute",
    19,
    "Choose the correct word: The yellow cube is made of (metal / rubber).",
    "choose(u(f(sel(cube), color=yellow)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "material"),
)
X(19, "Write one sentence about the object you like best, and say why you like it.")

# --- Mr Lindqvist, a maths tutor who sets true-or-false statements
C(
    "quantifier",
    19,
    "True or false: every cylinder in the picture is small.",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
C(
    "spatial",
    19,
    "True or false: the gray sphere is to the right of the gray cube.",
    "exist(f(rel(u(f(sel(cube), color=gray)), right), color=gray, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "gray"}, "right", {"shape": "cube", "color": "gray"}),
)
C(
    "compare_count",
    19,
    "True or false: there are fewer cylinders than cubes.",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "quantifier",
    19,
    "True or false: most of the objects are made of metal.",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "compare_attr",
    19,
    "True or false: the two gray objects have the same shape.",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "spatial",
    19,
    "No true or false for this one. Just tell me how many objects are behind the blue cube.",
    "count(rel(u(f(sel(cube), color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="blue"))),
)

# scene 16: small red metal sph, small purple metal sph (far left, left side), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (far right), large yellow metal cyl

# --- Jade, an escape-room game master
C(
    "count",
    16,
    "Clue one opens the first padlock. It's the number of spheres in the picture. What's the number?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    16,
    "Clue two: say the colour of the cube out loud.",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    16,
    "Clue three: are the two yellow objects made of the same material? Yes or no.",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    16,
    "Clue four: how many objects sit behind the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="brown"))),
)
C(
    "superlative",
    16,
    "Clue five: find the sphere furthest to the right. What is it made of?",
    "q(ord(sel(sphere), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "material"),
)
X(16, "Final clue: what's the four-digit code for the safe in the next room?")

# --- a puzzle magazine
C(
    "count",
    16,
    "PUZZLE 14. How many metal objects are there? Write your answer in the grid.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "list",
    16,
    "List every colour that the spheres come in.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "exist",
    16,
    "Is there a large sphere in the picture that is not green?",
    "exist(fn(f(sel(sphere), size=large), color=green))",
    lambda s: yes(bool(lacking(s, s.f(shape="sphere", size="large"), color="green"))),
)
C(
    "superlative",
    16,
    "Second from the left: name its colour.",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "same_attr",
    16,
    "How many objects share their colour with the yellow cube? Do not count the cube itself.",
    "count(same_attr(u(f(sel(cube), color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "color")),
)
C(
    "compare_size",
    16,
    "Which is bigger: the red sphere or the brown cylinder?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", color="brown")),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right, right side), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (very back), small red rubber sph (far left, left side), large red metal cube (back)

# --- Dr Achebe, a psychology experimenter reading out trials
C(
    "count",
    13,
    "Trial one. Please respond with a number: how many red objects are present?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_size",
    13,
    "Trial two. Respond yes or no: is the cyan cylinder larger than the gray sphere?",
    "larger(u(f(sel(cylinder), color=cyan)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="cylinder", color="cyan"), s.the(shape="sphere", color="gray")),
)
C(
    "superlative",
    13,
    "Trial three. Name the shape of the object nearest to you, the viewer.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "exist",
    13,
    "Trial four. Respond yes or no: are any of the cylinders made of metal?",
    "exist(f(sel(cylinder), material=metal))",
    lambda s: yes(bool(s.f(shape="cylinder", material="metal"))),
)
C(
    "negation",
    13,
    "Trial five. How many objects are neither red nor spheres? A number, please.",
    "count(diff(fn(scene(), color=red), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "shape") != "sphere"]),
)
X(13, "Trial six. On a scale of one to seven, how pleasant do you find this image?")

# --- a clickbait online quiz
C(
    "count",
    13,
    "Only a true genius can get this one: how many cubes are there?!",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    13,
    "Pick the correct colour for the large cube: red, cyan or purple?",
    "choose(u(f(sel(cube), size=large)), color, [red, cyan, purple])",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "superlative",
    13,
    "90% of people get this wrong! What colour is the object furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "quantifier",
    13,
    "Are ALL the spheres small? Think carefully!!",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "spatial",
    13,
    "Spot it if you can: how many spheres are to the left of the purple cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=purple)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="purple")), shape="sphere")),
)
C(
    "chain",
    13,
    "Expert level: start at the purple cylinder, find the cube to its right, then the ball behind that cube. What colour is the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=cube)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="purple"), "right", shape="cube"), "behind", shape="sphere"),
        "color",
    ),
)

# scene 12: small blue metal cube (far left, left side), small green rubber sph, large gray rubber sph (far right, right side), small cyan metal cyl (right side), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Mrs Wu, an eleven-plus tutor
C(
    "count",
    12,
    "Verbal reasoning warm-up. How many gray objects are there? (a) 2 (b) 3 (c) 4",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "attribute",
    12,
    "Odd one out: one object is larger than all the rest. Give its colour.",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(only(s.f(size="large")), "color"),
)
C(
    "compare_attr",
    12,
    "The two green objects: are they the same shape? Answer yes or no.",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "list",
    12,
    "Write down the colours of the cubes.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "position",
    12,
    "Is the cyan cylinder on the left or the right of the picture?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
X(12, "Who designed this practice paper, and which exam board is it from?")

# --- a Brownie badge checklist
C(
    "exist",
    12,
    "Tick the box if it's true: there is a red cube in the picture.",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "quantifier",
    12,
    "Tick if true: all of the spheres are made of rubber.",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "spatial",
    12,
    "Count how many objects are in front of the red cube and write the number in the space.",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)
C(
    "count",
    12,
    "How many small rubber objects can you see?",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "superlative",
    12,
    "Write down the colour of the object second from the back.",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "compare_count",
    12,
    "Are there as many cubes as spheres? Tick yes or no.",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left, left side), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (far right), large green metal sph

# --- Miss Fern, a nursery assistant
C(
    "count",
    9,
    "Can you find all the gray things? How many are there?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "verify",
    9,
    "Look at the purple one. Is it a cube?",
    "verify(u(f(scene(), color=purple)), shape, cube)",
    lambda s: yes(s.a(only(s.f(color="purple")), "shape") == "cube"),
)
C(
    "superlative",
    9,
    "Who's hiding right at the very back? Tell me its colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    9,
    "Are the two green ones the same size?",
    "same(f(scene(), color=green), size)",
    lambda s: alike(s, s.f(color="green"), "size"),
)
C(
    "compare_size",
    9,
    "Which is bigger, the little blue ball or the brown ball?",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=brown)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown"), "color"),
)
X(9, "What do you think the brown ball's name is?")

# --- a university lab-practical handout
C(
    "count",
    9,
    "1. Record the total number of cylinders in Table 1.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    9,
    "2. Record the number of objects that are both large and made of rubber.",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "spatial",
    9,
    "3. Determine whether the green sphere lies to the left of the brown sphere. Enter Y or N.",
    "exist(f(rel(u(f(sel(sphere), color=brown)), left), color=green, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "green"}, "left", {"shape": "sphere", "color": "brown"}),
)
C(
    "superlative",
    9,
    "4. Note the material of the object second from the front.",
    "q(ord(scene(), front, 2), material)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "material"),
)
C(
    "spatial",
    9,
    "5. Count the objects located to the right of the small gray cylinder and enter the value.",
    "count(rel(u(f(sel(cylinder), size=small, color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="small", color="gray"))),
)
C(
    "number",
    9,
    "6. State the number of distinct colours present in the image.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Mr Haddad, an ESOL teacher
P(
    "attribute",
    "street",
    "Look at the picture. Complete the sentence: The bus is ___. (Write a colour.)",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "text",
    "street",
    "Copy the words written on the side of the bus exactly.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "Fill in the blank: There are ___ men in the street.", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "spatial",
    "street",
    "Answer with yes or no: Is the woman holding a dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "where",
    "street",
    "Choose the right words: The car is (in front of / to the left of) the bus.",
    "choose_rel(u(sel(car)), [front, left], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("front", "left")),
)
X("street", "Speaking practice: tell your partner where the woman is going and why she is in a hurry.")

# --- a children's magazine activity page
P(
    "count",
    "street",
    "SPOT IT! How many ties can you find in this busy street?",
    "count(sel(tie))",
    lambda p: n(p.f("tie")),
)
P(
    "text",
    "street",
    "There's a message painted on the road. Can you read what it says?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "Is the STOP sign near the top of the picture or down at the bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "attribute",
    "street",
    "Grab your crayons! What colour should you colour the little dog?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "exist",
    "street",
    "Is there a bicycle hiding anywhere in this street? Look really carefully!",
    "exist(sel(bicycle))",
    lambda p: yes(bool(p.f("bicycle"))),
)
P(
    "chain",
    "street",
    "Match the tie to its owner! What colour is the tie worn by the man in white?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)

# --- Nurse Bola, giving a memory-clinic picture test
P(
    "count",
    "street",
    "I'm going to ask you a few questions about this picture, so take your time. First of all, how many people can you see?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "text",
    "street",
    "Could you read me the word written on the red sign?",
    "q(u(f(sel(sign), color=red)), text)",
    lambda p: p.value(p.the("sign", color="red"), "text"),
)
P(
    "spatial",
    "street",
    "Now, the tree. Would you say it's behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "Who's standing furthest to the left: a man or a woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "quantifier",
    "street",
    "Is every person in the picture wearing a tie?",
    "not_(exist(diff(sel(person), rel(sel(tie), wearing))))",
    lambda p: yes(all(o in wearers(p, "tie") for o in people(p))),
)
X("street", "Lovely. And can you tell me which city this picture was taken in?")

# --- Sergeant Price, running an observation exercise for recruits
P(
    "count",
    "street",
    "Observation exercise, recruits. Thirty seconds. How many vehicles are in the scene?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "chain",
    "street",
    "The man on the left of the picture: what colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=left)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="left")), "color"),
)
P(
    "spatial",
    "street",
    "Is the woman standing to the right of the man in black? Yes or no.",
    "vrel(u(f(sel(man), color=black)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("man", color="black")), "woman"))),
)
P(
    "spatial",
    "street",
    "How many people are standing in front of the bus?",
    "count(rel(u(sel(bus)), front))",
    lambda p: n([o for o in p.subjects("front", p.the("bus")) if o in people(p)]),
)
P(
    "chain",
    "street",
    "Fill in the blank for your notebook: the person holding the dog is standing in front of the ___.",
    "q(u(rel(u(rel(u(sel(dog)), holding)), front, role=object)), name)",
    lambda p: p.name(only(p.objects_of(only(p.subjects("holding", p.the("dog"))), "front"))),
)
X("street", "What time of day was this photographed? Write down the hour.")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- a home economics worksheet
P(
    "count",
    "kitchen",
    "Section B: Table setting. Q1. How many cups have been placed on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Q2. Name the material the fork is made of.",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "chain",
    "kitchen",
    "Q3. Which item has the fork been laid near?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
P(
    "quantifier",
    "kitchen",
    "Q4. True or false: every item on the table is a cup.",
    "not_(exist(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(not not_on(p, on_table(p), "cup")),
)
P(
    "attribute",
    "kitchen",
    "Q5. State the colour of the table.",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
X("kitchen", "Q6. Estimate the total cost of laying this table for a family of four.")

# --- a quiz app
P(
    "text",
    "kitchen",
    "LEVEL 3: Kitchen! Tap the right answer. What time does the clock show? 12:00 / 12:30 / 1:30",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "text",
    "kitchen",
    "What's written on the bottle? Type it in!",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "superlative",
    "kitchen",
    "Which cup is furthest to the right? Pick its colour: red, blue or white.",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "verify",
    "kitchen",
    "Quick-fire round! The bottle is green. YES or NO?",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "number",
    "kitchen",
    "BONUS STAR: how many different colours do the cups come in?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)

# --- a mum playing a bedtime game
P(
    "count",
    "kitchen",
    "Okay sweetheart, one more game before bed. How many white things can you find?",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "spatial",
    "kitchen",
    "Is the clock above the table? Say yes or no.",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "chain",
    "kitchen",
    "Find the plate, then the cup just on its right-hand side. What colour is that cup?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "Is the lady wearing yellow or green?",
    "choose(u(sel(woman)), color, [yellow, green])",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "compare_count",
    "kitchen",
    "Are there more cups than plates?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "What do you think the lady is making for dinner?")

# --- a "Name That" game-show host
P(
    "chain",
    "kitchen",
    "Name that object! It's on the table, it's green, and it's got a label. What is it?",
    "q(u(f(rel(u(sel(table)), on), color=green)), name)",
    lambda p: p.name(only([o for o in on_table(p) if p.value(o, "color") == "green"])),
)
P(
    "chain",
    "kitchen",
    "Name that colour! First find the thing the fork is lying near, then the cup on its left.",
    "q(u(rel(u(rel(u(sel(fork)), near)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", only(p.subjects("near", p.the("fork")))), "cup")), "color"),
)
P(
    "where",
    "kitchen",
    "Fingers on buzzers: the woman is on which side of the table, left or right?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "compare_attr",
    "kitchen",
    "The blue cup and the bottle: same colour? Yes or no!",
    "same(u(f(sel(cup), color=blue)), u(sel(bottle)), color)",
    lambda p: yes(p.value(p.the("cup", color="blue"), "color") == p.value(p.the("bottle"), "color")),
)
P(
    "count",
    "kitchen",
    "For the jackpot: how many things are on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- a reading-comprehension sheet
P(
    "chain",
    "park",
    "Look at the picture and answer in a full sentence. What is the boy throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "What is the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P("count", "park", "How many dogs are there in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "Who is standing near the red bicycle?",
    "q(u(rel(u(f(sel(bicycle), color=red)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle", color="red")))),
)
P(
    "spatial",
    "park",
    "Is the girl to the right of the boy? Write yes or no.",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("boy")), "girl"))),
)
X("park", "Why do you think the boy came to the park today? Give two reasons.")

# --- Nell, reading out pub-quiz cards
P("count", "park", "Card seven: how many children are in the picture?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "Card eight: the woman in red is holding a dog. Black dog or white dog?",
    "choose(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color, [black, white])",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "attribute",
    "park",
    "Card nine: what colour is the girl wearing?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P("count", "park", "Card ten: count the trees.", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "compare_count",
    "park",
    "Card eleven: same number of dogs as children, true or false?",
    "eq(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) == len(children(p))),
)
P(
    "superlative",
    "park",
    "Card twelve: of the people, who is second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)

# --- Rosie, seven, reading her homework aloud
P(
    "count",
    "park",
    "my homework says number 1 how many women are in the picture write the number",
    "count(sel(woman))",
    lambda p: n(p.f("woman")),
)
P(
    "attribute",
    "park",
    "number 2 says what colour is the frisbee and then colour it in",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "number 3. is the frisbee at the top or the bottom of the picture",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "number 4 circle yes or no. the white dog is near the girl",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "negation",
    "park",
    "number 5 says how many people are not children",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
X("park", "number 6 says what would you call the black dog. i dont know what to put")

# --- a search-and-find activity book
P(
    "attribute",
    "park",
    "SEARCH AND FIND! Can you find the bicycle? What colour is it?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "position",
    "park",
    "Find the tree behind the woman in red. Is it on the left or the right of the picture?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "count",
    "park",
    "How many green things can you find in the park?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "chain",
    "park",
    "Find the person who is throwing something. What colour are they wearing?",
    "q(u(rel(u(sel(frisbee)), throwing)), color)",
    lambda p: p.value(only(p.subjects("throwing", p.the("frisbee"))), "color"),
)
P("exist", "park", "Is there a cat hiding anywhere in the park?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "chain",
    "park",
    "Find the woman holding the black dog. What is behind her?",
    "q(u(rel(u(rel(u(f(sel(dog), color=black)), holding)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", only(p.subjects("holding", p.the("dog", color="black")))))),
)

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- a geometry textbook
P(
    "count",
    "shapes",
    "Exercise 7.1 Q1. Count the quadrilaterals in the figure (squares and rectangles both count).",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "attribute",
    "shapes",
    "Q2. What colour is the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Q3. Which is the larger shape: the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "count",
    "shapes",
    "Q4. How many shapes have been drawn in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "Q5. Are the two circles the same size? Answer yes or no.",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "position",
    "shapes",
    "Q6. Name the shape in the top-left corner of the figure.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)

# --- a mum making flash cards with her toddler
P(
    "attribute",
    "shapes",
    "What colour is the star, sweetie? Can you say it?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "position",
    "shapes",
    "Where's the green triangle, up at the top or down at the bottom?",
    "choose(u(f(sel(triangle), color=green)), vposition, [top, bottom])",
    lambda p: p.value(p.the("triangle", color="green"), "vposition"),
)
P(
    "count",
    "shapes",
    "How many blue shapes? Let's count them together!",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "verify",
    "shapes",
    "Is the yellow rectangle a big one?",
    "verify(u(f(sel(rectangle), color=yellow)), size, large)",
    lambda p: yes(p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "size") == "large"),
)
P(
    "exist",
    "shapes",
    "Is there a purple shape anywhere?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "Which shape is the prettiest, do you think?")

# --- an SAT-style multiple-choice paper
P(
    "attribute",
    "shapes",
    "Which of the following is the colour of the hexagon? (A) red (B) green (C) blue (D) yellow",
    "choose(u(sel(hexagon)), color, [red, green, blue, yellow])",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "count",
    "shapes",
    "How many of the shapes are red? (A) 0 (B) 1 (C) 2 (D) 3",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is second from the right? (A) circle (B) square (C) triangle",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "negation",
    "shapes",
    "If every small shape were removed, how many shapes would remain? (A) 2 (B) 3 (C) 4 (D) 5",
    "count(fn(scene(), size=small))",
    lambda p: n([o for o in p.objects if p.value(o, "size") != "small"]),
)
P(
    "number",
    "shapes",
    "How many different colours appear in the figure? (A) 3 (B) 4 (C) 5 (D) 6",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X(
    "shapes",
    "The figure was most likely drawn with which program? (A) Paint (B) Illustrator (C) Figma (D) PowerPoint",
)

# --- Magnus, a quiz-show host
P(
    "position",
    "shapes",
    "Fingers on buzzers! What shape sits right in the middle of the drawing?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P("count", "shapes", "Starter for ten: how many circles are there?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "compare_attr",
    "shapes",
    "The star and the square: same size or not?",
    "same(u(sel(star)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("square"), "size")),
)
P(
    "position",
    "shapes",
    "What colour is the shape in the bottom-left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "quantifier",
    "shapes",
    "True or false: all of the large shapes are in the top row.",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "list",
    "shapes",
    "Name the colours of the shapes in the top row, please.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)

# --- Mr Dale, a special-needs teacher giving one short instruction at a time
P(
    "attribute",
    "shapes",
    "Look at the shapes. Find the triangle. What colour is it?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "verify",
    "shapes",
    "Now find the small circle. Is it blue?",
    "verify(u(f(sel(circle), size=small)), color, blue)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == "blue"),
)
P(
    "count",
    "shapes",
    "Look at the bottom row. How many blue shapes are there?",
    "count(f(scene(), color=blue, vposition=bottom))",
    lambda p: n(p.f(color="blue", vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "Find the square. Is it small or big?",
    "choose(u(sel(square)), size, [small, large])",
    lambda p: p.value(p.the("square"), "size"),
)
P(
    "exist",
    "shapes",
    "Is there a triangle in the bottom row?",
    "exist(f(sel(triangle), vposition=bottom))",
    lambda p: yes(bool(p.f("triangle", vposition="bottom"))),
)
X("shapes", "How is the little square feeling today?")

# --- an art-class colour worksheet
P(
    "count",
    "shapes",
    "Colour worksheet, part 1: how many shapes are painted red or yellow?",
    "count(union(f(scene(), color=red), f(scene(), color=yellow)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(color="yellow"))),
)
P(
    "compare_attr",
    "shapes",
    "Part 2: does the square share its colour with the hexagon?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "same_attr",
    "shapes",
    "Part 3: how many other shapes are painted the same colour as the triangle?",
    "count(same_attr(u(sel(triangle)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("triangle") and p.value(o, "color") == p.value(p.the("triangle"), "color")]
    ),
)
P(
    "list",
    "shapes",
    "Part 4: leaving out blue, list every colour used in the drawing.",
    "values(fn(scene(), color=blue), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects if p.value(o, "color") != "blue"),
)
P(
    "superlative",
    "shapes",
    "Part 5: in the top row, which shape is furthest to the right? Write its colour.",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
X("shapes", "Part 6: would this composition look better in a warmer palette? Explain your opinion.")

# --- the manual of a shape-sorting toy
P(
    "verify",
    "shapes",
    "Step 1: Identify the star piece. Confirm that it sits in the bottom row.",
    "verify(u(sel(star)), vposition, bottom)",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "negation",
    "shapes",
    "Step 2: Count the pieces that are neither circles nor blue.",
    "count(diff(fn(scene(), color=blue), sel(circle)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue" and p.value(o, "shape") != "circle"]),
)
P(
    "compare_size",
    "shapes",
    "Step 3: Check whether the large circle is larger than the small circle (Y/N).",
    "larger(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("circle", size="small")),
)
P(
    "position",
    "shapes",
    "Step 4: Locate the piece in the bottom-right corner and state its colour.",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Step 5: Verify that the large rectangle is yellow and sits in the bottom row.",
    "and_(verify(u(f(sel(rectangle), size=large)), color, yellow), verify(u(f(sel(rectangle), size=large)), vposition, bottom))",
    lambda p: yes(
        p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "color") == "yellow"
        and p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "vposition") == "bottom"
    ),
)
X("shapes", "Step 6: Where is the nearest shop that sells replacement pieces?")

# --- Gaz, a breakfast-radio phone-in quiz host
P(
    "count",
    "shapes",
    "Caller, you're live on the Morning Quiz! For a tenner: how many shapes are in the picture altogether?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "compare_size",
    "shapes",
    "Lovely. Next: which is bigger, the rectangle in the bottom-left corner or the star?",
    "q(u(f(union(f(sel(rectangle), hposition=left, vposition=bottom), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(
        p,
        only([o for o in rectangles(p) if p.value(o, "hposition") == "left" and p.value(o, "vposition") == "bottom"]),
        p.the("star"),
    ),
)
P(
    "compare_attr",
    "shapes",
    "For the double: are the star and the hexagon in the same row?",
    "same(u(sel(star)), u(sel(hexagon)), vposition)",
    lambda p: yes(p.value(p.the("star"), "vposition") == p.value(p.the("hexagon"), "vposition")),
)
P(
    "negation",
    "shapes",
    "How many shapes are in the top row that aren't circles?",
    "count(fn(f(scene(), vposition=top), shape=circle))",
    lambda p: n([o for o in p.f(vposition="top") if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Last one for the mug: true or false, there are more small shapes than large ones.",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
X("shapes", "Before you go, caller: who drew this picture, do you reckon? A name gets you the bonus.")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
