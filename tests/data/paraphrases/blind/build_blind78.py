# ruff: noqa: E501
"""Blind paraphrase set 78: "young askers", a twenty-fourth crowd. About forty children and teenagers (ages six to
seventeen) and a few of the adults helping them (a parent or an aunt typing out a small child's question, two big
sisters, three teaching assistants reading out their groups' questions), each imagined once and kept in character for
five to seven questions about one picture, asking in their own voice, always understandably to a careful adult reader.

The cast. On the CLEVR pictures: Poppy, six, with her dad typing, who names things ("the giant grape" for the big purple
ball, "the marble" for the little light-blue one, "lemon drops", "the green can"); Kwame, ten, in long run-on sentences
("ok so ... and then ... because my teacher said"); Jayden, fifteen ("lowkey", "chillin", "no cap", "tho", "n"); Mateo,
eight, who counts out loud before asking ("one, two, three, four..."); Ms Okafor, a teaching assistant reading out her
Year 4 group's questions one child at a time; Isla, nine, who guesses first and asks if she is right; Chloe, sixteen,
typing for her little brother Alfie, six, who calls the balls "bouncies"; Ben, seven, who calls cubes "blocks" and the
cylinder "the tower"; Priyanka, thirteen, a precise maths-club girl; Tyler, eleven, a gamer ("spawned", "the map", "the
big stuff"); Amara, twelve, who reads detective books and numbers her clues; Leo, six, with his mum typing ("the tin
can"); Ruby, ten, who never stops a sentence; Oscar, seventeen, in abbreviations ("tbh", "r", "rn", "wat", "idk",
"pls"); Hana, seven, who calls cylinders "cans"; Dev, thirteen; Finn, nine and football-mad ("players", "the pitch",
"defenders"); Zara, fifteen, who likes physics; Noah, six, whose teaching assistant Mr Hughes types for him (balls are
"bubbles"); and Maya, twelve. On the photo-like graphs: Arjun, eight, who loves buses; Kayla, fourteen, texting ("ppl",
"wat", "lol", "bf"); Megan, a big sister typing for Ella, six ("doggy"); Marcus, seventeen and learning to drive; Lucas,
nine and hungry; Aisha, sixteen and learning Spanish; Grace, seven, who guesses first; Tom, eleven, who counts out loud;
Mia, six, with her dad typing ("doggies"); Jack, twelve, a skater; Freya, ten, in run-on sentences; and Ibrahim,
fifteen. On the drawing: Lottie, six, with her mum typing ("round ones"); Ms Chen, a teaching assistant reading out her
Year 2 group; Ravi, thirteen, who talks geometry ("quadrilaterals", "polygons"); Bea, ten, who guesses first; Kai,
sixteen, a design student ("em", "w", "giving ... or nah"); Ollie, seven, who counts out loud; Nina, eleven; and Theo,
eight, with his auntie typing.

Sentence shapes: a small child's questions in lowercase with no question mark ("how many doggies"), an adult's frame
around a child's question ("Poppy wants to know ...", "He asks: ...", "She says is the ..."), invented names glossed
once and then used alone ("She calls the big purple ball 'the giant grape'. Is the giant grape ..."), guesses before the
question ("I think there are four cylinders. Am I right? How many are there?", "I bet ...", "My guess is ..."), counting
out loud before it ("One cup, two cups, three..."), run-ons joined by "and" and "because", clipped teen spelling ("r",
"n", "w", "wat", "ppl", "2"), numbered clues, and sport and game talk ("players on the pitch", "items spawned", "the
map").

The questions cover counts (with conditions, "not", "aren't", "not ... and not ... either", "together", "altogether",
"in all"), existence, an attribute of one thing, yes/no checks of one value, two checks at once ("is it small, and is it
metal?"), comparisons of counts ("more", "fewer", "as many as", "same number", "come out even") and of attributes (same
colour, size, shape or material), quantifiers ("all", "every", "none", "any", "most"), exceptions ("apart from", "other
than", "that aren't", "but aren't"), relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values, the number
of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on
the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54, 38, 57, 32,
48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen, park)
and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the person's other
questions (makers and names, prices, feelings and favourites, what happens next, what is inside or what it tastes like,
the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is "the yellow rectangle" or "the rectangle at the bottom"); places and orders are only asked where
a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a
neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies
within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least
40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave open. A
which-side question is answered with the side; a "which is bigger" between two things is asked only where their size
classes differ, and answered with the word that tells the bigger one from the other (its shape, or its colour where both
are balls). A child's guess in the question never changes the answer: the answer is what the scene holds, right or wrong
guess. Answers are the graph's words (gray, not grey; sphere, not ball or bubble; cube, not block; bicycle, not bike;
"green, red" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("am
I right?", "Is she?", "no cap"). Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or tasks/),
its tests or any other question set or builder; the only files read were build_blind66.py (its docstring, helpers and
code, for the format, the gold program language and the conventions), the blind_gold.py and blind_helpers.py helpers it
imports, the first five lines of blind66.jsonl (for the line format), and the scenes themselves (photo_scenes.json and
the CLEVR val scenes file, inspected with small Python snippets); a listing of the blind folder showed other builders'
names, but none was opened. No question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs
were run, by nsvr's executor, through ``--check``.

Run ``python build_blind78.py`` to write ``../blind78.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind78.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes or photo objects other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Poppy, six, with her dad typing; she names things
C(
    "count",
    49,
    "Poppy (she's six) wants to know how many balls there are altogether. She keeps losing count on her fingers.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    49,
    "She calls the big purple ball 'the giant grape'. Is the giant grape made of metal or rubber?",
    "choose(u(f(sel(sphere), size=large, color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="purple"), "material"),
)
C(
    "spatial",
    49,
    "And the little light blue ball is 'the marble'. She says is the marble in front of the giant grape?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=purple)), front), color=cyan, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "cyan"}, "front", {"shape": "sphere", "size": "large", "color": "purple"}
    ),
)
C(
    "count",
    49,
    "How many lemon drops are there? She means the yellow balls.",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "exist",
    49,
    "Is there a blue one anywhere? Blue is her favourite colour and she's a bit upset she can't find one.",
    "exist(f(scene(), color=blue))",
    lambda s: yes(bool(s.f(color="blue"))),
)
C(
    "same_attr",
    49,
    "Last one from her: the green can — she means the green cylinder — how many other things are the same colour as the green can?",
    "count(same_attr(u(f(sel(cylinder), color=green)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="green"), "color")),
)
X(49, "Okay, one more, sorry. Poppy wants to know which ball would bounce the highest if she dropped them all.")

# --- Kwame, ten, in run-on sentences
C(
    "spatial",
    49,
    "ok so there's a green cube near the back and I need to know how many balls are in front of it because my teacher said to count them and I got four but I don't know if that's right",
    "count(f(rel(u(sel(cube)), front), shape=sphere))",
    lambda s: n(among(s, related(s, "front", s.the(shape="cube")), shape="sphere")),
)
C(
    "superlative",
    49,
    "and then which thing is the one furthest to the right because I think it's a ball but it could be the cube so what shape is it",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "compare_count",
    49,
    "and are there more metal things than rubber things because my friend Tobi says there are and I said there aren't",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "chain",
    49,
    "ok this is a hard one so you find the gray cylinder and then you go right to the other cylinder and then to the right of that one there's a ball and what colour is that ball",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray)), right), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="gray"), "right", shape="cylinder"), "right", shape="sphere"),
        "color",
    ),
)
C(
    "two_clause",
    49,
    "and is the cube green and is it small as well because it looks small but it's far away so I can't tell",
    "and_(verify(u(sel(cube)), color, green), verify(u(sel(cube)), size, small))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green" and s.a(s.the(shape="cube"), "size") == "small"),
)

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Jayden, fifteen
C("count", 52, "lowkey how many of the blocky ones are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    52,
    "the blue cube n the purple cube, same material? no cap i can't tell",
    "same(u(f(sel(cube), color=blue)), u(f(sel(cube), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="blue"), "material") == s.a(s.the(shape="cube", color="purple"), "material")
    ),
)
C(
    "compare_size",
    52,
    "which one's bigger tho, the cylinder or the brown cube? just say the shape",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="brown")),
)
C(
    "spatial",
    52,
    "how many things r chillin behind the brown block",
    "count(rel(u(f(sel(cube), color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="brown"))),
)
C(
    "negation",
    52,
    "how many things aren't cubes lol",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "verify",
    52,
    "fr is the thing all the way at the back the cylinder",
    "verify(ord(scene(), behind, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cylinder"),
)
X(52, "ngl if u could only keep one of these which one would u pick")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Mateo, eight, who counts out loud
C(
    "count",
    55,
    "One, two, three, four... I keep getting a different number. How many purple things are there really?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "count",
    55,
    "OK now the balls. One, two... three? How many balls?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_count",
    55,
    "I counted four cubes and three balls. So there are more cubes than balls, right?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "count",
    55,
    "The cylinders and the cubes together — one, two, three, four, five, six — how many is that?",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
C(
    "quantifier",
    55,
    "Are all the cylinders small? One, two... yes I think both of them are little.",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
C(
    "superlative",
    55,
    "I want to count from the front. Which one is the most in front? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# --- Ms Okafor, a teaching assistant reading out her Year 4 group's questions
C(
    "attribute",
    55,
    "I'm reading these out for my Year 4 group. Amir asks: is the red cube big or small?",
    "choose(u(f(sel(cube), color=red)), size, [large, small])",
    lambda s: s.a(s.the(shape="cube", color="red"), "size"),
)
C(
    "attribute",
    55,
    "Lena wants to know what the gray cylinder is made of.",
    "q(u(f(sel(cylinder), color=gray)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="gray"), "material"),
)
C(
    "spatial",
    55,
    "Josh's question: how many things are to the left of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="green"))),
)
C(
    "list",
    55,
    "Keira asks which colours the cubes come in. She'd like all of them, please.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "same_attr",
    55,
    "And Tilly asks: the yellow cube — how many other things are the same colour as it?",
    "count(same_attr(u(f(sel(cube), color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "color")),
)
X(55, "Amir again, sorry: he wants to know who built all these shapes and what their name is.")

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube (right), large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Isla, nine, who guesses first
C(
    "count",
    59,
    "I think there are four cylinders. Am I right? How many are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    59,
    "My guess is the cube is metal. What is it made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "superlative",
    59,
    "I bet the thing at the very back is a brown ball. What colour is it really?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_count",
    59,
    "I guess there are fewer balls than cylinders. Is that right?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "verify",
    59,
    "I think the cyan cylinder is a small one. Is it small?",
    "verify(u(f(sel(cylinder), color=cyan)), size, small)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="cyan"), "size") == "small"),
)
C(
    "spatial",
    59,
    "My guess is two things are in front of the purple ball. How many are there?",
    "count(rel(u(f(sel(sphere), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="purple"))),
)

# --- Chloe, sixteen, typing for her little brother Alfie, six, who calls the balls "bouncies"
C(
    "count",
    59,
    "Helping my little brother with this, he calls the balls 'bouncies'. He wants to know how many bouncies are brown.",
    "count(f(sel(sphere), color=brown))",
    lambda s: n(s.f(shape="sphere", color="brown")),
)
C(
    "compare_size",
    59,
    "Alfie says the purple cube is the baby one. Is the cube smaller than the blue cylinder?",
    "larger(u(f(sel(cylinder), color=blue)), u(sel(cube)))",
    lambda s: larger(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube")),
)
C(
    "exist",
    59,
    "He wants to know if any of them is made of metal (I told him probably one lol)",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "number",
    59,
    "ok now he's asking how many different colours there are, he wants to get his crayons out",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "chain",
    59,
    "He's pointing at the blue cylinder. There's a cylinder to the right of it — what colour is that one?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="blue"), "right", shape="cylinder"), "color"),
)
X(59, "And now he wants to know what the purple cylinder would taste like. Sorry, he's six.")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Ben, seven; cubes are "blocks" and the cylinder is "the tower"
C(
    "count",
    54,
    "how many blocks are there. the square ones i mean",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    54,
    "i call the round one that stands up the tower. what colour is the tower",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "quantifier",
    54,
    "are they all big ones",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "spatial",
    54,
    "is the green block in front of the tower",
    "exist(f(rel(u(sel(cylinder)), front), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "front", {"shape": "cylinder"}),
)
C(
    "verify",
    54,
    "is the tower made of metal",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "count",
    54,
    "how many gray blocks",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
X(54, "can i have the green block for my bedroom")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Priyanka, thirteen, a precise maths-club girl
C(
    "negation",
    38,
    "How many of the objects are not spheres?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "compare_attr",
    38,
    "Do the two cylinders have the same size? Both look large to me, but I'd like to be sure.",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "superlative",
    38,
    "Counting from the left, what is the second object? Its shape, please.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "quantifier",
    38,
    "Is it true that none of the spheres is large?",
    "not_(exist(f(sel(sphere), size=large)))",
    lambda s: yes(not s.f(shape="sphere", size="large")),
)
C(
    "same_attr",
    38,
    "How many other objects are made of the same material as the red sphere?",
    "count(same_attr(u(f(sel(sphere), color=red)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "material")),
)
C(
    "chain",
    38,
    "Start at the green rubber sphere. Go to the sphere on its left. Whatever is on the left of that sphere — what is it made of?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=green, material=rubber)), left), shape=sphere)), left)), material)",
    lambda s: s.a(
        only(
            related(s, "left", hop(s, s.the(shape="sphere", color="green", material="rubber"), "left", shape="sphere"))
        ),
        "material",
    ),
)

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Tyler, eleven, a gamer
C("count", 57, "how many items spawned in this level? like everything", "count(scene())", lambda s: n(s.all()))
C(
    "position",
    57,
    "the little yellow ball, is it on the left side of the map or the right side",
    "choose(u(f(sel(sphere), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow")),
)
C(
    "compare_size",
    57,
    "which is bigger, the blue ball or the brown cylinder? tell me what shape the bigger one is",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="cylinder", color="brown")),
)
C(
    "spatial",
    57,
    "how many things are in front of the brown cylinder",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)
C(
    "exist",
    57,
    "is any of the big stuff made of rubber",
    "exist(f(scene(), size=large, material=rubber))",
    lambda s: yes(bool(s.f(size="large", material="rubber"))),
)
C(
    "superlative",
    57,
    "whats spawned the furthest back? what colour",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(57, "what level comes after this one and is it harder")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Amara, twelve, who reads detective books and numbers her clues
C(
    "count",
    32,
    "Clue number one: how many of the cubes are gray?",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "chain",
    32,
    "Clue number two: start at the little red ball, find the ball behind it, then the thing to the right of that ball. What is that thing made of?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), size=small, color=red)), behind), shape=sphere)), right)), material)",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="sphere", size="small", color="red"), "behind", shape="sphere"))),
        "material",
    ),
)
C(
    "verify",
    32,
    "The suspect is the red cube. Is it made of metal?",
    "verify(u(f(sel(cube), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "metal"),
)
C(
    "compare_count",
    32,
    "Interesting. Are there exactly as many spheres as there are red things?",
    "eq(count(sel(sphere)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(color="red"))),
)
C(
    "superlative",
    32,
    "Which object is the second closest to the front? I need its colour for my notes.",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
X(32, "Final clue: who was the last person to touch the yellow ball? I need a name for my case file.")

# --- Leo, six, with his mum typing
C(
    "count",
    32,
    "leo says how many red ones",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C("exist", 32, "is there a green one", "exist(f(scene(), color=green))", lambda s: yes(bool(s.f(color="green"))))
C("count", 32, "how many things are there all together", "count(scene())", lambda s: n(s.all()))
C(
    "attribute",
    32,
    "what colour is the big ball",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "attribute",
    32,
    "Leo calls the cylinder the tin can. what colour is the tin can",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "quantifier",
    32,
    "is every block a small one",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Ruby, ten, who never stops a sentence
C(
    "count",
    48,
    "so there are loads of balls in this one and I wanted to know how many of them are big ones because they all look big to me but I'm not sure",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "attribute",
    48,
    "and the one that isn't shiny like all the rest, the rubber one, what colour is it because I think it's yellow",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(only(s.f(material="rubber")), "color"),
)
C(
    "spatial",
    48,
    "and is the small yellow cube in front of the big yellow ball because they're kind of close together and I can't tell",
    "exist(f(rel(u(f(sel(sphere), size=large, color=yellow)), front), size=small, color=yellow, shape=cube))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "size": "small", "color": "yellow"},
        "front",
        {"shape": "sphere", "size": "large", "color": "yellow"},
    ),
)
C(
    "number",
    48,
    "and how many different colours are there altogether because my brother said five and he always thinks he's right",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    48,
    "and which one is the furthest back and what shape is it because I think it's the little cylinder",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "quantifier",
    48,
    "and is every single ball a big one because I think they are but I'm checking",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
X(48, "and also what would happen if you pushed the red cube into the balls would they all roll away and fall off")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Oscar, seventeen, in abbreviations
C(
    "count",
    56,
    "tbh how many of these r rubber",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    56,
    "the only metal one, wat shape is it",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(only(s.f(material="metal")), "shape"),
)
C(
    "compare_attr",
    56,
    "r the 2 big cubes the same colour? pretty sure not but idk",
    "same(f(sel(cube), size=large), color)",
    lambda s: alike(s, s.f(shape="cube", size="large"), "color"),
)
C(
    "superlative",
    56,
    "whats furthest left rn, colour pls",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    56,
    "how many things r to the right of the green cylinder",
    "count(rel(u(f(sel(cylinder), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="green"))),
)
C(
    "spatial",
    56,
    "is there literally nothing behind the small blue cube? like is it the one at the back",
    "not_(exist(rel(u(f(sel(cube), size=small, color=blue)), behind)))",
    lambda s: yes(not related(s, "behind", s.the(shape="cube", size="small", color="blue"))),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Hana, seven, who calls cylinders "cans"
C(
    "count",
    50,
    "i call the round tall ones cans. how many cans are there",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    50,
    "what colour is the big can",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "count",
    50,
    "how many green things are there. i love green",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "attribute",
    50,
    "is the blue block little or big",
    "choose(u(f(sel(cube), color=blue)), size, [small, large])",
    lambda s: s.a(s.the(shape="cube", color="blue"), "size"),
)
C(
    "superlative",
    50,
    "the ball right at the front what colour is it",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
X(50, "what is inside the cans")

# --- Dev, thirteen
C(
    "compare_count",
    50,
    "Do the cubes and the spheres come out even, like the same number of each?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "superlative",
    50,
    "Third thing from the left — what colour is it?",
    "q(ord(scene(), left, 3), color)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "color"),
)
C(
    "quantifier",
    50,
    "Is every green thing a big one?",
    "not_(exist(fn(f(scene(), color=green), size=large)))",
    lambda s: every(s, s.f(color="green"), size="large"),
)
C(
    "chain",
    50,
    "Start at the red cylinder, go left to the other cylinder, then take the sphere in front of that one. Is that sphere large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), left), shape=cylinder)), front), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="red"), "left", shape="cylinder"), "front", shape="sphere"), "size"
    ),
)
C(
    "negation",
    50,
    "Apart from the spheres, how many things are small?",
    "count(f(fn(scene(), shape=sphere), size=small))",
    lambda s: n(among(s, lacking(s, s.all(), shape="sphere"), size="small")),
)
X(50, "Would this make a good Minecraft build or is it kind of mid?")

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube, large red metal sph (front), large gray metal cube

# --- Finn, nine and football-mad
C(
    "count",
    35,
    "How many players are on the pitch? I mean the objects, all of them.",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "compare_size",
    35,
    "Which is bigger, the purple ball or the gray cube? Say the shape.",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(cube), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")),
)
C(
    "spatial",
    35,
    "How many things are behind the red ball? They're the defenders.",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "quantifier",
    35,
    "Are both of the green cubes big ones?",
    "not_(exist(fn(f(sel(cube), color=green), size=large)))",
    lambda s: every(s, s.f(shape="cube", color="green"), size="large"),
)
C(
    "spatial",
    35,
    "How many things are on the right of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="gray"))),
)
C(
    "compare_attr",
    35,
    "Are the red ball and the purple ball made of the same stuff?",
    "same(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="sphere", color="purple"), "material")
    ),
)
X(35, "If the cubes played the balls at football, who would win?")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph, large brown rubber cyl

# --- Zara, fifteen, who likes physics
C(
    "count",
    36,
    "How many of the spheres are large?",
    "count(f(sel(sphere), size=large))",
    lambda s: n(s.f(shape="sphere", size="large")),
)
C(
    "exist",
    36,
    "Is there anything made of rubber in here? Rubber wouldn't reflect the light like the others do.",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "spatial",
    36,
    "The large brown cylinder: is it in front of the cyan sphere?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), front), size=large, color=brown, shape=cylinder))",
    lambda s: is_rel(
        s, {"shape": "cylinder", "size": "large", "color": "brown"}, "front", {"shape": "sphere", "color": "cyan"}
    ),
)
C(
    "superlative",
    36,
    "Which sphere is furthest to the right? Colour, please.",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "list",
    36,
    "List the colours of all the metal objects for me.",
    "values(f(scene(), material=metal), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(material="metal")),
)
C(
    "two_clause",
    36,
    "Two quick checks: is the cube small, and is it metal?",
    "and_(verify(u(sel(cube)), size, small), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "size") == "small" and s.a(s.the(shape="cube"), "material") == "metal"),
)
X(36, "How much would the big purple sphere weigh if it was solid steel all the way through?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Noah, six; his teaching assistant Mr Hughes types for him, and balls are "bubbles"
C(
    "count",
    15,
    "Mr Hughes here, typing for Noah in Reception. He asks: how many cylinders are there?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    15,
    "He calls the balls 'bubbles'. How many bubbles are green?",
    "count(f(sel(sphere), color=green))",
    lambda s: n(s.f(shape="sphere", color="green")),
)
C(
    "verify",
    15,
    "He wants to know if the little box is blue. He means the cube.",
    "verify(u(f(sel(cube), size=small)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube", size="small"), "color") == "blue"),
)
C(
    "compare_size",
    15,
    "Which is bigger, the yellow bubble or the red bubble? He says the red one.",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(sphere), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red"), "color"),
)
C(
    "position",
    15,
    "Is the red bubble on the left side of the picture or on the right side?",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)
X(15, "Noah wants to know if the bubbles are going to pop.")

# --- Maya, twelve
C(
    "negation",
    15,
    "How many things are made of metal but aren't spheres?",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="metal"), shape="sphere")),
)
C(
    "compare_attr",
    15,
    "Is the big green cylinder made of the same stuff as the big green sphere?",
    "same(u(f(sel(cylinder), size=large, color=green)), u(f(sel(sphere), size=large, color=green)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="green"), "material")
        == s.a(s.the(shape="sphere", size="large", color="green"), "material")
    ),
)
C(
    "superlative",
    15,
    "What's the thing right at the very back? Just the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "quantifier",
    15,
    "Are most of the things in the picture metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "same_attr",
    15,
    "How many other things have the same shape as the cube?",
    "count(same_attr(u(sel(cube)), shape))",
    lambda s: n(others(s, s.the(shape="cube"), "shape")),
)
C(
    "chain",
    15,
    "In front of the blue cube there's a small sphere. What's on the left of that sphere? I want its colour.",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere, size=small)), left)), color)",
    lambda s: s.a(
        only(related(s, "left", hop(s, s.the(shape="cube", color="blue"), "front", shape="sphere", size="small"))),
        "color",
    ),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Arjun, eight, who loves buses
P(
    "text",
    "street",
    "What words are written on the bus? I can't read them, they're not English I think.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "count",
    "street",
    "How many people are standing in the street? Grown-ups and everyone.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "verify",
    "street",
    "Is it a big bus? It looks really long.",
    "verify(u(sel(bus)), size, large)",
    lambda p: yes(p.value(p.the("bus"), "size") == "large"),
)
P(
    "spatial",
    "street",
    "Is the stop sign on the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P("exist", "street", "Is there a truck as well?", "exist(sel(truck))", lambda p: yes(bool(p.f("truck"))))
X("street", "How fast can that bus go? I think a hundred miles an hour.")

# --- Kayla, fourteen, texting
P(
    "count",
    "street",
    "how many ppl r wearing ties",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "chain",
    "street",
    "the guy in white, wat colour is his tie",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "spatial",
    "street",
    "who's holding the dog, a man or a woman",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P(
    "text",
    "street",
    "wat does it say on the road lol",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "the woman in the middle, wat colour is she wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
X("street", "is the guy in the white shirt her bf or nah")

# --- Megan, a big sister typing for Ella, six
P(
    "exist",
    "street",
    "My little sister Ella (6) is asking these, I'm just typing them. Is there a doggy?",
    "exist(sel(dog))",
    lambda p: yes(bool(p.f("dog"))),
)
P(
    "attribute",
    "street",
    "What colour is the doggy?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "attribute",
    "street",
    "Is the doggy big or little?",
    "choose(u(sel(dog)), size, [large, small])",
    lambda p: p.value(p.the("dog"), "size"),
)
P("count", "street", "How many cars are there?", "count(sel(car))", lambda p: n(p.f("car")))
P(
    "where",
    "street",
    "She says is the tree hiding behind the bus or is it in front of the bus?",
    "choose_rel(u(sel(tree)), [behind, front], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("behind", "front")),
)
X("street", "She wants to know what the doggy's name is.")

# --- Marcus, seventeen and learning to drive
P(
    "text",
    "street",
    "what's the sign say? learning to drive so i should know this lol",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "two_clause",
    "street",
    "is the sign on the right side and up at the top? like top right corner?",
    "and_(verify(u(sel(sign)), hposition, right), verify(u(sel(sign)), vposition, top))",
    lambda p: yes(p.value(p.the("sign"), "hposition") == "right" and p.value(p.the("sign"), "vposition") == "top"),
)
P(
    "count",
    "street",
    "how many vehicles r there, bus and car and whatever",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "spatial",
    "street",
    "the woman's in front of the bus right? bit dangerous",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "superlative",
    "street",
    "who's furthest left, a man or the woman",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_count",
    "street",
    "are there more men than women",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Lucas, nine and hungry
P(
    "count",
    "kitchen",
    "how many cups are on the table because I'm really thirsty",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "what's written on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P("exist", "kitchen", "is there a spoon", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P("count", "kitchen", "how many plates are there", "count(sel(plate))", lambda p: n(p.f("plate")))
P(
    "chain",
    "kitchen",
    "the cup on the right side of the bottle, what colour is it",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "what is the table made of",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
X("kitchen", "what are they having for dinner, I hope it's pizza")

# --- Aisha, sixteen and learning Spanish
P(
    "text",
    "kitchen",
    "The bottle has a Spanish word on it and I'm learning Spanish — what exactly does it say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "And the clock — what time is it showing? I want to say it in Spanish.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "chain",
    "kitchen",
    "What is the clock hanging above?",
    "q(u(rel(u(sel(clock)), above, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("clock"), "above"))),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "list",
    "kitchen",
    "Could you list the colours of the cups for me? I'll practise them in Spanish.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "How do you say 'fork' in Spanish? I always forget.")

# --- Grace, seven, who guesses first
P(
    "verify",
    "kitchen",
    "I think the lady is wearing yellow. Is she?",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "attribute",
    "kitchen",
    "I guess the fork is silver. What colour is the fork?",
    "q(u(sel(fork)), color)",
    lambda p: p.value(p.the("fork"), "color"),
)
P(
    "superlative",
    "kitchen",
    "I think the red cup is the one most on the left. Is the cup that's furthest left red?",
    "verify(ord(sel(cup), left, 1), color, red)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left"), "color") == "red"),
)
P(
    "compare_count",
    "kitchen",
    "I guess there are more cups than plates. Am I right?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "spatial",
    "kitchen",
    "I think the lady is standing on the right of the table. Is she?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "My guess is the clock is white. Is it white or black?",
    "choose(u(sel(clock)), color, [white, black])",
    lambda p: p.value(p.the("clock"), "color"),
)

# --- Tom, eleven, who counts out loud
P(
    "count",
    "kitchen",
    "One cup, two cups, three cups, and the bottle and the plate and the fork... how many things are on the table altogether?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "negation",
    "kitchen",
    "Now the things on the table that aren't cups. Plate, bottle, fork — how many is that?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)
P(
    "count",
    "kitchen",
    "How many white things are there in the whole picture? Plate, cup, clock... I keep getting different numbers.",
    "count(f(scene(), color=white))",
    lambda p: n(p.f(color="white")),
)
P(
    "superlative",
    "kitchen",
    "Counting the cups from the left, one, two — what colour's the second one?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "same_attr",
    "kitchen",
    "How many other things are the same colour as the plate?",
    "count(same_attr(u(sel(plate)), color))",
    lambda p: n(drawn_others(p, p.the("plate"), "color")),
)
P(
    "compare_count",
    "kitchen",
    "Are there as many cups as there are things on the table that aren't cups?",
    "eq(count(sel(cup)), count(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(len(p.f("cup")) == len([o for o in on_table(p) if p.name(o) != "cup"])),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Mia, six, with her dad typing
P("count", "park", "Mia (6) is asking: how many doggies", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "what colour is the doggy next to the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "verify",
    "park",
    "is the girl wearing pink",
    "verify(u(sel(girl)), color, pink)",
    lambda p: yes(p.value(p.the("girl"), "color") == "pink"),
)
P("exist", "park", "is there a cat", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "chain",
    "park",
    "the boy is throwing a yellow thing. what is it called",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
X("park", "Mia wants to know if the white doggy is friendly and if she can stroke it.")

# --- Jack, twelve, a skater
P("count", "park", "How many bikes are in the park?", "count(sel(bicycle))", lambda p: n(p.f("bicycle")))
P(
    "spatial",
    "park",
    "Who's standing near the bike?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P(
    "spatial",
    "park",
    "Is the bench on the left of the bike?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "What's the bench made of?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "two_clause",
    "park",
    "Is the bike red, and is it over on the right side?",
    "and_(verify(u(sel(bicycle)), color, red), verify(u(sel(bicycle)), hposition, right))",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red" and p.value(p.the("bicycle"), "hposition") == "right"),
)
X("park", "How much would a bike like that cost? Mine's getting too small.")

# --- Freya, ten, in run-on sentences
P(
    "chain",
    "park",
    "so there's a lady in red on the left and she's holding a dog and I want to know what colour the dog is because I think it's black but it might be dark brown",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "count",
    "park",
    "and how many people are there altogether like grown-ups and kids and everyone",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "compare_count",
    "park",
    "and is it the same number of kids and grown-ups because I think it is but my mum thinks there are more kids",
    "eq(count(sel(child)), count(diff(sel(person), sel(child))))",
    lambda p: yes(len(children(p)) == len([o for o in people(p) if o not in children(p)])),
)
P(
    "spatial",
    "park",
    "and what is behind the girl because there's something behind her and I think it's a tree",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "superlative",
    "park",
    "and which person is the furthest on the right because I think it's the girl",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "and also what's going to happen to the frisbee is the dog going to catch it and run away with it")

# --- Ibrahim, fifteen
P(
    "count",
    "park",
    "How many things in this picture are green? Trees count.",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "chain",
    "park",
    "The woman in white — what's she standing near?",
    "q(u(rel(u(f(sel(woman), color=white)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="white"), "near"))),
)
P(
    "compare_attr",
    "park",
    "Are the two dogs the same colour?",
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
P(
    "position",
    "park",
    "The tree behind the woman in red — is that on the left or the right of the picture?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)
P(
    "spatial",
    "park",
    "Is the boy to the left of the girl?",
    "vrel(u(sel(girl)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("girl"))),
)
X("park", "What city is this park in? Looks a bit like the one near my school.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Lottie, six, with her mum typing
P(
    "count",
    "shapes",
    "Lottie is 6 and wants to know how many round ones there are. She means circles.",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "verify",
    "shapes",
    "is the triangle green",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P("exist", "shapes", "is there a moon", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "compare_size",
    "shapes",
    "which one is bigger the blue square or the red circle",
    "q(u(f(union(f(sel(square), color=blue), f(sel(circle), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square", color="blue"), p.the("circle", color="red")),
)
X("shapes", "Lottie wants to know which shape is the happiest one.")

# --- Ms Chen, a teaching assistant reading out her Year 2 group's questions
P(
    "count",
    "shapes",
    "I'm reading out questions from my Year 2 group. Harvey asks: how many shapes are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "negation",
    "shapes",
    "Sana asks: how many shapes have straight sides? So, everything that isn't a circle.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "position",
    "shapes",
    "Jude wants to know what shape is up in the top left corner.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "attribute",
    "shapes",
    "Esme asks: is the hexagon big or small?",
    "choose(u(sel(hexagon)), size, [large, small])",
    lambda p: p.value(p.the("hexagon"), "size"),
)
P(
    "compare_count",
    "shapes",
    "Bilal asks: are there more small shapes than big shapes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)

# --- Ravi, thirteen, who talks geometry
P(
    "count",
    "shapes",
    "How many quadrilaterals are there — squares and rectangles together?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "superlative",
    "shapes",
    "In the top row, which shape is second from the right?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "Is the triangle the same colour as the hexagon?",
    "same(u(sel(triangle)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("triangle"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Which colours appear in the top row? List them.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "compare_size",
    "shapes",
    "Is the blue square smaller than the yellow rectangle?",
    "larger(u(f(sel(rectangle), color=yellow)), u(f(sel(square), color=blue)))",
    lambda p: drawn_larger(p, yellow_rectangle(p), p.the("square", color="blue")),
)
P(
    "negation",
    "shapes",
    "Other than the circles, there's one red polygon. Which shape is it?",
    "q(u(fn(f(scene(), color=red), shape=circle)), shape)",
    lambda p: p.value(only([o for o in p.f(color="red") if p.value(o, "shape") != "circle"]), "shape"),
)

# --- Bea, ten, who guesses first
P(
    "count",
    "shapes",
    "I think there are three big shapes. How many big shapes are there?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "position",
    "shapes",
    "I guess the shape right in the middle of the picture is blue. What colour is it?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "compare_size",
    "shapes",
    "I think the star is smaller than the triangle. Am I right?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("star")),
)
P(
    "quantifier",
    "shapes",
    "I reckon every shape in the bottom row is small. Is that true?",
    "not_(exist(fn(f(scene(), vposition=bottom), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(vposition="bottom"))),
)
P(
    "count",
    "shapes",
    "My guess is two shapes are red. How many are?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "two_clause",
    "shapes",
    "I think the hexagon is in the bottom right corner. Is it at the bottom and on the right?",
    "and_(verify(u(sel(hexagon)), vposition, bottom), verify(u(sel(hexagon)), hposition, right))",
    lambda p: yes(
        p.value(p.the("hexagon"), "vposition") == "bottom" and p.value(p.the("hexagon"), "hposition") == "right"
    ),
)

# --- Kai, sixteen, a design student
P(
    "list",
    "shapes",
    "ok which shapes r the big ones, list em",
    "values(f(scene(), size=large), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="large")),
)
P(
    "number",
    "shapes",
    "how many colours in the whole thing total",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "compare_attr",
    "shapes",
    "the star n the square — same size?",
    "same(u(sel(star)), u(sel(square)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("square"), "size")),
)
P(
    "same_attr",
    "shapes",
    "how many shapes share a colour w the hexagon (not counting the hexagon itself)",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(drawn_others(p, p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "bottom row, wat's the shape furthest right",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
X("shapes", "is this drawing giving bauhaus or nah, be honest")

# --- Ollie, seven, who counts out loud
P(
    "count",
    "shapes",
    "one triangle... is there only one? how many triangles are there",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "count",
    "shapes",
    "red circle, blue circle... how many circles are blue",
    "count(f(sel(circle), color=blue))",
    lambda p: n(p.f("circle", color="blue")),
)
P(
    "count",
    "shapes",
    "one, two, three at the bottom. how many shapes are in the bottom row",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "negation",
    "shapes",
    "one, two... how many shapes aren't red and aren't blue",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"red", "blue"}]),
)
P(
    "count",
    "shapes",
    "one, two, three, four, five... how many shapes are there in all",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "attribute",
    "shapes",
    "what shape is the yellow one",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)

# --- Nina, eleven
P(
    "verify",
    "shapes",
    "Is the big red circle in the top row?",
    "verify(u(f(sel(circle), size=large, color=red)), vposition, top)",
    lambda p: yes(p.value(p.the("circle", size="large", color="red"), "vposition") == "top"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the star or the yellow rectangle?",
    "q(u(f(union(sel(star), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), yellow_rectangle(p)),
)
P(
    "exist",
    "shapes",
    "Is there a green shape in the middle row?",
    "exist(f(scene(), color=green, vposition=middle))",
    lambda p: yes(bool(p.f(color="green", vposition="middle"))),
)
P(
    "position",
    "shapes",
    "What colour is the shape in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour?",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
X("shapes", "Is the star meant to be a real star, like one you could find in the sky?")

# --- Theo, eight, with his auntie typing
P(
    "count",
    "shapes",
    "My nephew Theo (8) is asking and I'm typing. How many shapes are on the left side?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "attribute",
    "shapes",
    "He wants to know what colour the rectangle at the bottom is.",
    "q(u(f(sel(rectangle), vposition=bottom)), color)",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "vposition") == "bottom"]), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the star in the bottom row, and is it in the middle?",
    "and_(verify(u(sel(star)), vposition, bottom), verify(u(sel(star)), hposition, middle))",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom" and p.value(p.the("star"), "hposition") == "middle"),
)
P(
    "compare_size",
    "shapes",
    "He's asking which is bigger, the hexagon or the red circle.",
    "q(u(f(union(sel(hexagon), f(sel(circle), color=red)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("circle", color="red")),
)
P(
    "negation",
    "shapes",
    "How many shapes are not circles and not blue either?",
    "count(fn(fn(scene(), shape=circle), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle" and p.value(o, "color") != "blue"]),
)
X(
    "shapes",
    "He wants to know what would happen if you put the triangle on top of the square — would it turn into a house?",
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
