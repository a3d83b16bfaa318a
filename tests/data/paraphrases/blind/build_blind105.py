# ruff: noqa: E501
"""Blind paraphrase set 105: CLEVR-Humans. Forty imagined crowd workers, each shown one CLEVR val render and asked to
write questions about it that a smart robot would find hard, the way the real CLEVR-Humans workers did: in their own
words for the objects ("ball", "block", "box", "can", "shiny", "matte", "glossy", "teal", "gold", "grey", "little",
"big un"), their own sentence habits, sometimes with a typo, sometimes a puzzle-style walk through the scene, and now
and then a question no scene graph can answer (weight, price, physics, purpose, who made it, what happens next).

The cast, two to a scene. Darnell, a Mechanical Turk veteran from Ohio who says "shiny" and "matte" and likes trick
questions, and Bev, a retiree doing HITs for pocket money ("little ball", "block") (scene 1); Priya, a linguistics
grad student, formal, and Jonah, a teenage gamer typing in lowercase ("r", "whats") (5); Vlad, a Russian-speaking
warehouse worker who drops articles, and Tom, a British sixth-former ("colour", "grey", "stood") (6); Mel, a puzzle
fan who writes walk-throughs ("Start at ..., go to ..."), and Hank, a long-haul trucker ("cans", "boxes", "gold
colored") (7); Rosa, a Spanish speaker in Texas ("How many cylinders there are ..."), and Ken, an engineer who writes
commands ("Identify", "Count", "Confirm two facts") (9); Aisha, a primary teacher ("Can you tell me", "Could you"),
and Gus, a bartender typing on his phone (10); Sunita, an Indian-born clerk ("Kindly"), and Carlos, quick and full of
typos ("yelow", "cilinder", "smal") (11); Lena, a German nurse ("made from", "which form has"), and Ray, who likes
"if you took away ..." questions (13); Joy, an illustrator who sees colours as a painter ("teal", "gold", "glossy"),
and Marisol, a Dominican nursing student (16); Wendell, a trickster who likes "AND" and "no matter what", and Yuki, a
polite Japanese exchange student ("please") (18); Grace, a stay-at-home mum ("closest to me"), and Pavel, a Czech
mechanic (21); Denise, a Georgia office manager ("blocks", "items"), and Omar, a careful pharmacist who chains two
steps (24); Chidi, a Nigerian accountant, formal ("What number of", "located"), and Kayla, sixteen ("whos", "thats")
(25); Ingrid, a Norwegian retiree ("Which material has ..."), and Leroy, a Chicago bus driver (26); Harriet, a
grandmother ("dear"), and Dmitri, a Ukrainian programmer who drops articles (31); Nora, a librarian, and Ibrahim, a
Jordanian student ("does the picture contain") (33); Cheryl, a Kansas cashier ("can you spot"), and Manny, a Bronx
electrician ("Begin at") (37); Judith, a retired schoolteacher, and Tyrone, a delivery driver (41); Patty, a cheerful
bookkeeper, and Akira, a Japanese engineer ("share the material") (45); Fiona, a Scottish student ("colour", "both of
the"), and Beto, a Brazilian waiter ("The big blue cube — what's ...") (47).

The questions cover counts (with attribute conditions, "in total", "no matter what shape", "big or small"),
existence, one attribute of one described object, yes/no checks of one value, two checks at once, comparisons of
counts ("more", "fewer", "as many as", "more than all the other shapes put together") and of attributes (same colour,
size, shape or material, of two named things or of a described group), other things sharing a value, relations (left,
right, in front, behind as CLEVR defines them: along the scene's direction vectors, "in front" toward the camera)
and one- and two-hop chains and intersections of two relations, superlatives and ordinals (leftmost, rightmost,
nearest the camera, farthest back, the second from the left, the X farthest in some direction), quantifiers ("all",
"every", "none", "any", "most"), negation and exceptions ("not", "neither ... nor", "if you took away", "other
than", "leaving out", "if ... vanished"), lists of values, the number of different colours or shapes, which of two
things is the bigger, and which side of the picture a thing is on. All twenty pictures are CLEVR val scenes (1, 5, 6,
7, 9, 10, 11, 13, 16, 18, 21, 24, 25, 26, 31, 33, 37, 41, 45, 47); about one question in ten must be refused, each
in the voice of the worker's other questions.

Conventions (build_blind104's, as set 66's). "The X" is only used where exactly one X matches. Places and orders are
only asked where a careful person could call them: no other object may lie within TIE (0.25 scene units) of the
anchor, or of a neighbour in an order, along that axis; a side of the picture is asked only of an object whose box
centre lies within 130 pixels of the edge of the 480-pixel frame. A which-side question is answered with the side; a
"which is bigger" is asked only where the two size classes differ and is answered with the word (shape) that tells
the bigger one from the other. Words the workers use are read as CLEVR's: ball = sphere, block/box = cube, can =
cylinder, shiny/glossy/metallic = metal, matte = rubber, little/tiny = small, big = large, grey = gray, teal = cyan,
gold = yellow (asked only where every reading gives the same answer); "closest to me" and "nearest the front" mean
nearest the camera. Answers are the graph's words (gray, sphere; a list most frequent first, ties alphabetical), and
yes/no answers are "yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/ except agent/llm/notation.py's module docstring and call list, for the notation), its tests, or any other
question set's questions. The only files read were build_blind104.py (its docstring's conventions, its helpers and
its code, for the format, the gold program language and the conventions; its question wordings skimmed past, none
copied), blind_gold.py and blind_helpers.py (imported here), the first 5 lines of blind104.jsonl (the line format),
and the scenes (/work/shared/clevr-mini/val/scenes.json, inspected with small Python snippets). No question was run
through nsvr's parser, planner or ``nsvr ask`` before the first run; only the gold programs were run, by nsvr's
executor, through ``--check``.

Run ``python build_blind105.py`` to write ``../blind105.jsonl``; ``--check`` also runs every gold program with nsvr.
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
    every,
    hop,
    is_rel,
    lacking,
    listed,
    most,
    nth,
    only,
    others,
    picture_side,
    related,
)

OUT = Path(__file__).resolve().parents[1] / "blind105.jsonl"
Q, C, _P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def both(s, first: tuple, second: tuple) -> list[int]:
    """The objects that are first[0] of the anchor first[1] and second[0] of the anchor second[1] (each a careful call)."""
    return sorted(set(related(s, first[0], first[1])) & set(related(s, second[0], second[1])))


def nope(s, ids: list[int], *pairs: tuple[str, str]) -> list[int]:
    """The objects of ids that have none of the given (attribute, value) pairs."""
    return [i for i in ids if all(s.a(i, k) != v for k, v in pairs)]


# =================================================================================================================
# CLEVR val scenes, two workers each
# =================================================================================================================

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (right), small brown metal sph (far left)

# --- Darnell, a Mechanical Turk veteran from Ohio; "shiny", "matte", trick questions
C(
    "count",
    1,
    "How many matte things are there?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_attr",
    1,
    "Trick q: the two cylinders, are they made of the same stuff or not?",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)
C(
    "attribute",
    1,
    "What color is the one shiny ball?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", material="metal"), "color"),
)
C(
    "superlative",
    1,
    "Whatever is sitting closest to the camera, what shape is it?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    1,
    "How many things are sitting behind the big purple block?",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)
X(1, "Trick q: which one of these would weigh the most if you picked them all up?")

# --- Bev, a retiree doing HITs for pocket money; "little ball", "block"
C(
    "position",
    1,
    "Is the little brown ball over on the left side or the right side of the picture?",
    "choose(u(f(sel(sphere), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="brown")),
)
C(
    "negation",
    1,
    "How many of the things aren't blue?",
    "count(fn(scene(), color=blue))",
    lambda s: n(lacking(s, s.all(), color="blue")),
)
C(
    "compare_size",
    1,
    "Which is bigger, the gray block or the little ball?",
    "q(u(f(union(f(sel(cube), color=gray), sel(sphere)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="sphere")),
)
C(
    "chain",
    1,
    "There's one block that is to the left of the shiny blue cylinder and also in front of the gray block. What color is it?",
    "q(u(f(inter(rel(u(f(sel(cylinder), material=metal)), left), rel(u(f(sel(cube), color=gray)), front)), shape=cube)), color)",
    lambda s: s.a(
        only(
            among(
                s,
                both(
                    s, ("left", s.the(shape="cylinder", material="metal")), ("front", s.the(shape="cube", color="gray"))
                ),
                shape="cube",
            )
        ),
        "color",
    ),
)
C(
    "quantifier",
    1,
    "Are all the little things made of metal?",
    "not_(exist(fn(f(scene(), size=small), material=metal)))",
    lambda s: every(s, s.f(size="small"), material="metal"),
)
C(
    "exist",
    1,
    "Is there a rubber ball anywhere in the picture?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Priya, a linguistics grad student; formal
C(
    "same_attr",
    5,
    "Apart from the large blue cube itself, how many objects share its material?",
    "count(same_attr(u(f(sel(cube), color=blue)), material))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "material")),
)
C(
    "compare_attr",
    5,
    "Do the large brown sphere and the large brown cube have the same material?",
    "same(u(f(sel(sphere), color=brown)), u(f(sel(cube), color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "material") == s.a(s.the(shape="cube", color="brown"), "material")
    ),
)
C(
    "superlative",
    5,
    "What is the colour of the object farthest from the viewer?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    5,
    "Exactly one large object stands behind the green cylinder. What is its colour?",
    "q(u(f(rel(u(sel(cylinder)), behind), size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder"), "behind", size="large"), "color"),
)
C(
    "count",
    5,
    "How many spheres are there in total, regardless of size?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
X(5, "From which direction does the light source illuminate the scene, and how strong is it?")

# --- Jonah, a teenage gamer; lowercase, "r", "whats"
C(
    "count",
    5,
    "how many purple balls r there",
    "count(f(sel(sphere), color=purple))",
    lambda s: n(s.f(shape="sphere", color="purple")),
)
C(
    "spatial",
    5,
    "is the red cube behind the cyan ball",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), behind), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "behind", {"shape": "sphere", "color": "cyan"}),
)
C(
    "superlative",
    5,
    "whats the leftmost thing made of",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "quantifier",
    5,
    "r all the cubes big",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "list",
    5,
    "what colors r the cubes",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "position",
    5,
    "the blue cube is on the right side of the pic right?",
    "verify(u(f(sel(cube), color=blue)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cube", color="blue")) == "right"),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Vlad, a Russian-speaking warehouse worker; drops articles
C("count", 6, "How many ball is in picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    6,
    "What material is small blue cube?",
    "q(u(f(sel(cube), color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)
C(
    "compare_count",
    6,
    "Is more cylinders than cubes in this picture?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "chain",
    6,
    "There is cylinder on left side of red cube. What is color of this cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=red)), left), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "left", shape="cylinder"), "color"),
)
C(
    "same_attr",
    6,
    "How many other thing has same color like small red cube?",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
X(6, "What is name of computer program that made this picture?")

# --- Tom, a British sixth-former; "colour", "grey", "stood"
C(
    "superlative",
    6,
    "What colour is the thing nearest the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "negation",
    6,
    "How many things are neither red nor purple?",
    "count(fn(fn(scene(), color=red), color=purple))",
    lambda s: n(nope(s, s.all(), ("color", "red"), ("color", "purple"))),
)
C(
    "compare_attr",
    6,
    "Are the big grey ball and the big red ball made of the same material?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
C(
    "spatial",
    6,
    "How many objects are stood to the right of the grey sphere?",
    "count(rel(u(f(sel(sphere), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="gray"))),
)
C(
    "superlative",
    6,
    "Is the cube furthest to the right made of metal?",
    "verify(ord(sel(cube), right, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "right"), "material") == "metal"),
)
C(
    "number",
    6,
    "How many different colours can you see?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Mel, a puzzle fan who writes walk-throughs
C(
    "chain",
    7,
    "Start at the yellow cube. Go to the big cylinder on its left, then tell me what the cube in front of that cylinder is made of.",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=yellow)), left), shape=cylinder, size=large)), front), shape=cube)), material)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="yellow"), "left", shape="cylinder", size="large"),
            "front",
            shape="cube",
        ),
        "material",
    ),
)
C("count", 7, "Count every cylinder, big or small.", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    7,
    "Are there more cylinders than all the other shapes put together?",
    "gt(count(sel(cylinder)), count(fn(scene(), shape=cylinder)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(lacking(s, s.all(), shape="cylinder"))),
)
C(
    "superlative",
    7,
    "Counting from the left, what shape is the second object?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "same_attr",
    7,
    "Not counting the red block itself, how many things have the same shape as it?",
    "count(same_attr(u(f(sel(cube), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "shape")),
)
X(7, "If the purple ball started rolling toward the camera, which object would it knock into first?")

# --- Hank, a long-haul trucker; "cans", "boxes"
C(
    "exist",
    7,
    "Is there a gold colored box anywhere in there?",
    "exist(f(sel(cube), color=yellow))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow"))),
)
C(
    "attribute",
    7,
    "What color is that big ball?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "quantifier",
    7,
    "Are all the little cans made out of metal?",
    "not_(exist(fn(f(sel(cylinder), size=small), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder", size="small"), material="metal"),
)
C(
    "position",
    7,
    "That little gray box, is it on the left side or the right side of the picture?",
    "choose(u(f(sel(cube), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="gray")),
)
C(
    "negation",
    7,
    "Leaving out the cans, how many things are there?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(lacking(s, s.all(), shape="cylinder")),
)
C(
    "spatial",
    7,
    "Is the blue can sitting in front of the red box?",
    "exist(f(rel(u(f(sel(cube), color=red)), front), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "front", {"shape": "cube", "color": "red"}),
)
X(7, "How much would a trucker pay for a box of these toys?")

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl (right), large green metal sph

# --- Rosa, a Spanish speaker in Texas
C(
    "count",
    9,
    "How many cylinders there are that are not metallic?",
    "count(fn(sel(cylinder), material=metal))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), material="metal")),
)
C(
    "attribute",
    9,
    "Which is the color of the cube that is big?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
C(
    "compare_count",
    9,
    "There are more things gray than things green?",
    "gt(count(f(scene(), color=gray)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="gray")) > len(s.f(color="green"))),
)
C(
    "spatial",
    9,
    "How many objects are in front of the purple cube?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)
X(9, "How much money would cost all these toys together?")
C(
    "compare_attr",
    9,
    "The two green objects, they have the same size?",
    "same(f(scene(), color=green), size)",
    lambda s: alike(s, s.f(color="green"), "size"),
)

# --- Ken, an engineer who writes commands
C(
    "superlative",
    9,
    "Identify the material of the object nearest the camera.",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "count",
    9,
    "Count the objects that are both large and made of rubber.",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "spatial",
    9,
    "Take the blue sphere. Of the objects to its right, how many are cylinders?",
    "count(f(rel(u(f(sel(sphere), color=blue)), right), shape=cylinder))",
    lambda s: n(among(s, related(s, "right", s.the(shape="sphere", color="blue")), shape="cylinder")),
)
C(
    "two_clause",
    9,
    "Confirm two facts: the brown sphere is rubber, and the small gray cylinder is behind it.",
    "and_(verify(u(f(sel(sphere), color=brown)), material, rubber), exist(f(rel(u(f(sel(sphere), color=brown)), behind), color=gray, size=small, shape=cylinder)))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "material") == "rubber"
        and is_rel(
            s, {"shape": "cylinder", "color": "gray", "size": "small"}, "behind", {"shape": "sphere", "color": "brown"}
        )
        == "yes"
    ),
)
C(
    "number",
    9,
    "State the number of distinct shapes in the scene.",
    "nvalues(scene(), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.all()})),
)
C(
    "quantifier",
    9,
    "Verify that none of the cylinders is metal.",
    "not_(exist(f(sel(cylinder), material=metal)))",
    lambda s: yes(not s.f(shape="cylinder", material="metal")),
)

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (right), small gray rubber cube (back), large red rubber sph

# --- Aisha, a primary teacher; "Can you tell me", "Could you"
C(
    "count",
    10,
    "Can you tell me how many large objects there are?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "same_attr",
    10,
    "Could you tell me how many other objects are the same colour as the cube?",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)
C(
    "compare_attr",
    10,
    "Is the small cylinder the same colour as the rubber ball?",
    "same(u(f(sel(cylinder), size=small)), u(f(sel(sphere), material=rubber)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="small"), "color") == s.a(s.the(shape="sphere", material="rubber"), "color")
    ),
)
C(
    "superlative",
    10,
    "Which colour is the object furthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    10,
    "Please look at the green cylinder. There is a cube to its right; what size is that cube?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=cube)), size)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "right", shape="cube"), "size"),
)
X(10, "Could you tell me what these objects are normally used for?")

# --- Gus, a bartender typing on his phone
C(
    "exist",
    10,
    "any shiny cubes in here",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)
C(
    "quantifier",
    10,
    "are all the big things shiny?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "spatial",
    10,
    "how many things r behind that big green can",
    "count(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="green"))),
)
C(
    "compare_size",
    10,
    "which is bigger the purple ball or the gray box",
    "q(u(f(union(f(sel(sphere), color=purple), sel(cube)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="cube")),
)
C(
    "position",
    10,
    "purple ball, left or right side of the pic?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "list",
    10,
    "what shapes are the red things",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Sunita, an Indian-born clerk; "Kindly"
C("count", 11, "Kindly count the brown objects.", "count(f(scene(), color=brown))", lambda s: n(s.f(color="brown")))
C(
    "compare_count",
    11,
    "Are there as many cylinders as cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
C(
    "same_attr",
    11,
    "How many objects are of the same size as the blue cube, not counting the cube itself?",
    "count(same_attr(u(f(sel(cube), color=blue)), size))",
    lambda s: n(others(s, s.the(shape="cube", color="blue"), "size")),
)
C(
    "attribute",
    11,
    "Kindly tell me the material of the large brown cylinder.",
    "q(u(f(sel(cylinder), color=brown, size=large)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown", size="large"), "material"),
)
C(
    "superlative",
    11,
    "Which colour is the object that is farthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(11, "Kindly tell me in which country this photograph was taken.")

# --- Carlos, quick and full of typos
C(
    "count",
    11,
    "how many spheres are brown, big or smal?",
    "count(f(sel(sphere), color=brown))",
    lambda s: n(s.f(shape="sphere", color="brown")),
)
C(
    "chain",
    11,
    "the yelow ball has a cylinder behind it. wat color is that cylinder?",
    "q(u(f(rel(u(f(sel(sphere), color=yellow)), behind), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="yellow"), "behind", shape="cylinder"), "color"),
)
C(
    "negation",
    11,
    "how many things are not made of metal",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
C(
    "position",
    11,
    "the small purple ball is it on the left or right part of the image",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "quantifier",
    11,
    "are all the cylinders metal ones",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "spatial",
    11,
    "how many objects are to the left of the gray cilinder",
    "count(rel(u(f(sel(cylinder), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="gray"))),
)
X(11, "wich object was put down first when they set this up")

# scene 13: small red rubber cube, large cyan rubber cyl (far right), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left), large red metal cube

# --- Lena, a German nurse; "made from", "which form has"
C(
    "verify",
    13,
    "Is the big cube made from metal?",
    "verify(u(f(sel(cube), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", size="large"), "material") == "metal"),
)
C("count", 13, "How many red things are in the picture?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_attr",
    13,
    "Have the big cylinder and the cyan ball the same colour?",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(sphere), color=cyan)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "color") == s.a(s.the(shape="sphere", color="cyan"), "color")
    ),
)
C(
    "superlative",
    13,
    "Which form has the object that is most far back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    13,
    "Is the grey metal ball in front of the purple cylinder?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), front), color=gray, material=metal, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "gray", "material": "metal"}, "front", {"shape": "cylinder", "color": "purple"}
    ),
)
X(13, "How heavy is the metal ball, in grams?")

# --- Ray, who likes "if you took away ..." questions
C(
    "negation",
    13,
    "If you took away all the red things, how many objects would be left?",
    "count(diff(scene(), f(scene(), color=red)))",
    lambda s: n(lacking(s, s.all(), color="red")),
)
C(
    "negation",
    13,
    "If the big cube vanished, how many cubes would remain?",
    "count(diff(sel(cube), f(sel(cube), size=large)))",
    lambda s: n([i for i in s.f(shape="cube") if i != s.the(shape="cube", size="large")]),
)
C(
    "same_attr",
    13,
    "Besides the gray sphere, how many things are made of the same material as it?",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)
C(
    "chain",
    13,
    "What color is the cube that's to the right of the purple cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=purple)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="purple"), "right", shape="cube"), "color"),
)
C(
    "quantifier",
    13,
    "If I picked up every ball, would all of them be small ones?",
    "not_(exist(fn(sel(sphere), size=small)))",
    lambda s: every(s, s.f(shape="sphere"), size="small"),
)
C(
    "position",
    13,
    "Is the big cyan cylinder nearer the left edge of the picture or the right edge?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)

# scene 16: small red metal sph, small purple metal sph (far left), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph (far right), large yellow metal cyl

# --- Joy, an illustrator; "teal", "gold", "glossy"
C(
    "attribute",
    16,
    "What material is the teal ball?",
    "q(u(f(sel(sphere), color=cyan)), material)",
    lambda s: s.a(s.the(shape="sphere", color="cyan"), "material"),
)
C(
    "exist",
    16,
    "Is there a gold cylinder?",
    "exist(f(sel(cylinder), color=yellow))",
    lambda s: yes(bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "count",
    16,
    "How many little glossy balls are there?",
    "count(f(sel(sphere), size=small, material=metal))",
    lambda s: n(s.f(shape="sphere", size="small", material="metal")),
)
C(
    "compare_attr",
    16,
    "Are the yellow cube and the yellow cylinder made of the same stuff?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
C(
    "superlative",
    16,
    "Which colour is the shape closest to the viewer?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "list",
    16,
    "Name the colours of all the spheres.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(16, "Which of these colours would look best painted on a living room wall?")

# --- Marisol, a Dominican nursing student
C(
    "spatial",
    16,
    "How many balls are to the right of the yellow cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=yellow)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="yellow")), shape="sphere")),
)
C(
    "chain",
    16,
    "The big green ball, what color is the cylinder that is in front of it?",
    "q(u(f(rel(u(f(sel(sphere), color=green)), front), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="green"), "front", shape="cylinder"), "color"),
)
C(
    "compare_count",
    16,
    "There are more big things than small things, yes?",
    "gt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) > len(s.f(size="small"))),
)
C(
    "quantifier",
    16,
    "All the metal objects are balls?",
    "not_(exist(fn(f(scene(), material=metal), shape=sphere)))",
    lambda s: every(s, s.f(material="metal"), shape="sphere"),
)
C(
    "negation",
    16,
    "How many objects are not a ball and not yellow?",
    "count(fn(fn(scene(), shape=sphere), color=yellow))",
    lambda s: n(nope(s, s.all(), ("shape", "sphere"), ("color", "yellow"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left), small blue rubber cyl (front), large cyan rubber sph (far right), small purple metal cube, small red rubber sph (back)

# --- Wendell, a trickster; "AND", "no matter what"
C(
    "count",
    18,
    "How many purple things, no matter what shape?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    18,
    "Are the two big cylinders made of the same material?",
    "same(f(sel(cylinder), size=large), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large"), "material"),
)
C(
    "two_clause",
    18,
    "Is there a red ball AND a blue cube?",
    "and_(exist(f(sel(sphere), color=red)), exist(f(sel(cube), color=blue)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) and bool(s.f(shape="cube", color="blue"))),
)
C(
    "superlative",
    18,
    "The object furthest left, what's it made of?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "chain",
    18,
    "Find the shiny cylinder, go to the cube in front of it, then to the thing on that cube's right. What shape is that thing?",
    "q(u(rel(u(f(rel(u(f(sel(cylinder), material=metal)), front), shape=cube)), right)), shape)",
    lambda s: s.a(
        only(related(s, "right", hop(s, s.the(shape="cylinder", material="metal"), "front", shape="cube"))), "shape"
    ),
)
X(18, "Trick question: which object was placed in the scene first, no matter where it is now?")

# --- Yuki, a polite Japanese exchange student
C(
    "superlative",
    18,
    "Please tell me the color of the small sphere that is farther back.",
    "q(ord(f(sel(sphere), size=small), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere", size="small"), "behind"), "color"),
)
C("count", 18, "How many cylinders are there, please?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "spatial",
    18,
    "Is the blue cylinder in front of the cyan cube?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), front), color=blue, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "blue"}, "front", {"shape": "cube", "color": "cyan"}),
)
C(
    "same_attr",
    18,
    "How many other things have the same shape as the red ball, please?",
    "count(same_attr(u(f(sel(sphere), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "shape")),
)
C(
    "negation",
    18,
    "How many objects are not rubber?",
    "count(fn(scene(), material=rubber))",
    lambda s: n(lacking(s, s.all(), material="rubber")),
)
C(
    "position",
    18,
    "Is the big cyan ball at the left side or the right side of the picture?",
    "choose(u(f(sel(sphere), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="cyan")),
)

# scene 21: small green rubber cyl (far left), large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (far right)

# --- Grace, a stay-at-home mum; "closest to me"
C("count", 21, "How many balls do you see?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    21,
    "What color is the big ball?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_count",
    21,
    "Are there more balls than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    21,
    "What's the color of the thing closest to me?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(21, "Are these toys safe for a toddler to put in her mouth?")

# --- Pavel, a Czech mechanic
C(
    "spatial",
    21,
    "How many objects are in front of small gray sphere?",
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
C(
    "compare_attr",
    21,
    "Is the green cylinder same size as the yellow sphere?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="green"), "size") == s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "chain",
    21,
    "Which material is the cylinder on the right of the red sphere?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), right), shape=cylinder)), material)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "right", shape="cylinder"), "material"),
)
C(
    "quantifier",
    21,
    "Are most of objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "number",
    21,
    "How many different colors are there?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Denise, a Georgia office manager; "blocks", "items"
C("count", 24, "How many blocks are in this picture?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    24,
    "How many of the red items are shiny?",
    "count(f(scene(), color=red, material=metal))",
    lambda s: n(s.f(color="red", material="metal")),
)
C(
    "compare_count",
    24,
    "Are there fewer balls than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    24,
    "What color is the item at the very back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "same_attr",
    24,
    "How many other items are the same color as the little yellow block?",
    "count(same_attr(u(f(sel(cube), color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="yellow"), "color")),
)
C(
    "list",
    24,
    "What colors are the cylinders?",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(24, "Why are so many of these red? Did whoever set them out just have a favorite color?")

# --- Omar, a careful pharmacist who chains two steps
C(
    "chain",
    24,
    "There's a cylinder in front of the green cube, and another cylinder to the left of that one. What is the second cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=green)), front), shape=cylinder)), left), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="green"), "front", shape="cylinder"), "left", shape="cylinder"),
        "material",
    ),
)
C(
    "two_clause",
    24,
    "Is the yellow block small, and is it made of rubber?",
    "and_(verify(u(f(sel(cube), color=yellow)), size, small), verify(u(f(sel(cube), color=yellow)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == "small"
        and s.a(s.the(shape="cube", color="yellow"), "material") == "rubber"
    ),
)
C(
    "quantifier",
    24,
    "Are all of the large spheres red?",
    "not_(exist(fn(f(sel(sphere), size=large), color=red)))",
    lambda s: every(s, s.f(shape="sphere", size="large"), color="red"),
)
C(
    "position",
    24,
    "On which side of the picture is the small brown cylinder, the left or the right?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "negation",
    24,
    "How many of the objects are not cubes?",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
X(24, "Which of the red spheres was rendered with the better reflections?")

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left), large brown rubber sph (far right), small gray metal cyl (back)

# --- Chidi, a Nigerian accountant; formal, "What number of", "located"
C(
    "count",
    25,
    "How many metallic objects are there in this scene?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    25,
    "What is the shape of the red object?",
    "q(u(f(scene(), color=red)), shape)",
    lambda s: s.a(s.the(color="red"), "shape"),
)
C(
    "compare_attr",
    25,
    "Do the brown cylinder and the brown sphere have the same size?",
    "same(u(f(sel(cylinder), color=brown)), u(f(sel(sphere), color=brown)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="brown"), "size") == s.a(s.the(shape="sphere", color="brown"), "size")
    ),
)
C(
    "spatial",
    25,
    "What number of objects are located behind the yellow sphere?",
    "count(rel(u(f(sel(sphere), color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="yellow"))),
)
C(
    "superlative",
    25,
    "Of which material is the object farthest to the right made?",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
X(25, "What is the diameter of the large cyan sphere in centimetres?")

# --- Kayla, sixteen; "whos", "thats"
C(
    "count",
    25,
    "how many cylinders r small",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "chain",
    25,
    "the thing right of the red cube thats a shiny ball, what color is it",
    "q(u(f(rel(u(f(sel(cube), color=red)), right), shape=sphere, material=metal)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "right", shape="sphere", material="metal"), "color"),
)
C(
    "exist",
    25,
    "is there a rubber cylinder",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)
C(
    "quantifier",
    25,
    "r all the cylinders metal",
    "not_(exist(fn(sel(cylinder), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder"), material="metal"),
)
C(
    "compare_size",
    25,
    "whos bigger the gray cylinder or the cyan ball",
    "q(u(f(union(f(sel(cylinder), color=gray), f(sel(sphere), color=cyan)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="gray"), s.the(shape="sphere", color="cyan")),
)
C(
    "negation",
    25,
    "how many things arent metal and arent yellow",
    "count(fn(fn(scene(), material=metal), color=yellow))",
    lambda s: n(nope(s, s.all(), ("material", "metal"), ("color", "yellow"))),
)

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Ingrid, a Norwegian retiree; "Which material has ..."
C("count", 26, "How many green things are there?", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "exist",
    26,
    "Is anything here made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "superlative",
    26,
    "Which material has the purple cube that is farthest to the right?",
    "q(ord(f(sel(cube), color=purple), right, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube", color="purple"), "right"), "material"),
)
C(
    "compare_attr",
    26,
    "Have the two purple cubes the same size?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "same_attr",
    26,
    "How many objects have the same shape as the brown one?",
    "count(same_attr(u(f(scene(), color=brown)), shape))",
    lambda s: n(others(s, s.the(color="brown"), "shape")),
)
X(26, "Are the green objects painted, or is green their natural colour?")

# --- Leroy, a Chicago bus driver
C(
    "negation",
    26,
    "How many things are not green and not purple?",
    "count(fn(fn(scene(), color=green), color=purple))",
    lambda s: n(nope(s, s.all(), ("color", "green"), ("color", "purple"))),
)
C(
    "chain",
    26,
    "Go from the big cyan ball to the cylinder on its right, then to the ball behind that cylinder. What size is that ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cylinder)), behind), shape=sphere)), size)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "right", shape="cylinder"), "behind", shape="sphere"), "size"
    ),
)
C(
    "quantifier",
    26,
    "Other than the rubber cube, is everything in there metal?",
    "not_(exist(fn(diff(scene(), f(sel(cube), material=rubber)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="cube", material="rubber")], material="metal"),
)
C(
    "compare_count",
    26,
    "Are there more cylinders than balls?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "position",
    26,
    "Big brown cylinder: left side or right side of the picture?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "list",
    26,
    "What shapes are the green objects?",
    "values(f(scene(), color=green), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="green")),
)

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Harriet, a grandmother; "dear"
C("count", 31, "How many balls are there altogether, dear?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    31,
    "What colour is the only cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_count",
    31,
    "Are there more small things than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "count",
    31,
    "And how many blue balls are there, dear?",
    "count(f(sel(sphere), color=blue))",
    lambda s: n(s.f(shape="sphere", color="blue")),
)
C(
    "superlative",
    31,
    "What's the colour of the ball nearest the front?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
X(31, "Which of the balls would bounce the highest if you dropped it, dear?")

# --- Dmitri, a Ukrainian programmer who drops articles
C(
    "compare_attr",
    31,
    "Are big blue sphere and small blue sphere same material?",
    "same(u(f(sel(sphere), color=blue, size=large)), u(f(sel(sphere), color=blue, size=small)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="blue", size="large"), "material")
        == s.a(s.the(shape="sphere", color="blue", size="small"), "material")
    ),
)
C(
    "spatial",
    31,
    "How many objects are behind cube?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)
C(
    "chain",
    31,
    "Start from red cylinder. Take sphere on its right, then cylinder in front of this sphere. Which color has that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=red)), right), shape=sphere)), front), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="red"), "right", shape="sphere"), "front", shape="cylinder"),
        "color",
    ),
)
C(
    "negation",
    31,
    "How many objects are not spheres and not metal?",
    "count(fn(fn(scene(), shape=sphere), material=metal))",
    lambda s: n(nope(s, s.all(), ("shape", "sphere"), ("material", "metal"))),
)
C(
    "same_attr",
    31,
    "How many other objects have same colour as cyan cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=cyan)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", color="cyan"), "color")),
)
C(
    "position",
    31,
    "Small cyan ball, is it in left or right side of image?",
    "choose(u(f(sel(sphere), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="cyan")),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph, small blue rubber cyl, large cyan metal cyl (back), large green metal cube, large red metal sph (front)

# --- Nora, a librarian
C(
    "count",
    33,
    "How many things in this one are shiny?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    33,
    "Is the little cube the same color as the big cylinder?",
    "same(u(f(sel(cube), size=small)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(
        s.a(s.the(shape="cube", size="small"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")
    ),
)
C(
    "superlative",
    33,
    "Which shape sits furthest back?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    33,
    "Is the red ball in front of the green cube?",
    "exist(f(rel(u(f(sel(cube), color=green)), front), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "front", {"shape": "cube", "color": "green"}),
)
C(
    "list",
    33,
    "What sizes do the spheres come in?",
    "values(sel(sphere), size)",
    lambda s: listed(s.a(i, "size") for i in s.f(shape="sphere")),
)
X(33, "If you stacked all of these on top of each other, how tall would the tower be?")

# --- Ibrahim, a Jordanian student
C(
    "count",
    33,
    "How many cylinders does the picture contain?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "chain",
    33,
    "What is the material of the cube that is behind the blue cylinder?",
    "q(u(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cube)), material)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="blue"), "behind", shape="cube"), "material"),
)
C(
    "quantifier",
    33,
    "Are all of the large objects made of metal?",
    "not_(exist(fn(f(scene(), size=large), material=metal)))",
    lambda s: every(s, s.f(size="large"), material="metal"),
)
C(
    "two_clause",
    33,
    "Does the picture contain a gray sphere and also a blue cube?",
    "and_(exist(f(sel(sphere), color=gray)), exist(f(sel(cube), color=blue)))",
    lambda s: yes(bool(s.f(shape="sphere", color="gray")) and bool(s.f(shape="cube", color="blue"))),
)
C(
    "position",
    33,
    "Is the small cyan cube in the left part or the right part of the image?",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
C(
    "number",
    33,
    "How many different shapes are present in the picture?",
    "nvalues(scene(), shape)",
    lambda s: str(len({s.a(i, "shape") for i in s.all()})),
)

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Cheryl, a Kansas cashier; "can you spot"
C("count", 37, "How many red objects can you spot?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "compare_attr",
    37,
    "The two red things, are they the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "compare_count",
    37,
    "Are there just as many cubes as there are cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    37,
    "What color is the object farthest to the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "attribute",
    37,
    "What's the purple thing made of?",
    "q(u(f(scene(), color=purple)), material)",
    lambda s: s.a(s.the(color="purple"), "material"),
)
X(37, "Which one of these objects can you spot that costs the most?")

# --- Manny, a Bronx electrician; "Begin at"
C(
    "spatial",
    37,
    "How many things are to the right of the big gray cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray, size=large)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="gray", size="large"))),
)
C(
    "chain",
    37,
    "Begin at the small gray cylinder. Go to the cube on its right, then the ball in front of that cube. What color is the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=gray, size=small)), right), shape=cube)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", color="gray", size="small"), "right", shape="cube"),
            "front",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "exist",
    37,
    "Any metal balls in this one?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "same_attr",
    37,
    "How many other objects are the same size as the blue cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=blue)), size))",
    lambda s: n(others(s, s.the(shape="cylinder", color="blue"), "size")),
)
C(
    "negation",
    37,
    "How many objects are neither cubes nor gray?",
    "count(fn(fn(scene(), shape=cube), color=gray))",
    lambda s: n(nope(s, s.all(), ("shape", "cube"), ("color", "gray"))),
)
C(
    "position",
    37,
    "Is the little red ball on the left or on the right of the picture?",
    "choose(u(f(sel(sphere), color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Judith, a retired schoolteacher
C("count", 41, "How many cylinders are in this picture?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    41,
    "How many yellow objects are there?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    41,
    "Are the two yellow cylinders the same size?",
    "same(f(sel(cylinder), color=yellow), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "size"),
)
C("attribute", 41, "What color is the cube?", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "superlative",
    41,
    "What is the thing closest to the front made of?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
X(41, "What would happen if the big gray ball rolled into the row of cylinders?")

# --- Tyrone, a delivery driver
C(
    "spatial",
    41,
    "How many objects are to the left of the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="blue"))),
)
C(
    "chain",
    41,
    "Take the small yellow ball, look at the ball behind it, then at the big cylinder to the right of that ball. What color is that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), behind), shape=sphere)), right), shape=cylinder, size=large)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", color="yellow"), "behind", shape="sphere"),
            "right",
            shape="cylinder",
            size="large",
        ),
        "color",
    ),
)
C(
    "exist",
    41,
    "Is there a purple sphere?",
    "exist(f(sel(sphere), color=purple))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple"))),
)
C(
    "compare_count",
    41,
    "Are there fewer spheres than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)
C(
    "quantifier",
    41,
    "Are all the metal things cylinders?",
    "not_(exist(fn(f(scene(), material=metal), shape=cylinder)))",
    lambda s: every(s, s.f(material="metal"), shape="cylinder"),
)
C(
    "list",
    41,
    "Which colors do the spheres come in?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(41, "How long would it take me to drive all these to Denver?")

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Patty, a cheerful bookkeeper
C("count", 45, "How many balls are in the picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    45,
    "How many small cubes are there?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "attribute",
    45,
    "What is the large red ball made of?",
    "q(u(f(sel(sphere), color=red)), material)",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "superlative",
    45,
    "Which color is the ball furthest back?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "compare_count",
    45,
    "Are there more cyan things than gray things?",
    "gt(count(f(scene(), color=cyan)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="cyan")) > len(s.f(color="gray"))),
)
X(45, "Is this scene from a video game? Which one?")

# --- Akira, a Japanese engineer; "share the material"
C(
    "same_attr",
    45,
    "How many objects share the material of the yellow cylinder?",
    "count(same_attr(u(f(sel(cylinder), color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", color="yellow"), "material")),
)
C(
    "spatial",
    45,
    "How many objects are in front of the big gray sphere?",
    "count(rel(u(f(sel(sphere), color=gray)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="gray"))),
)
C(
    "chain",
    45,
    "There is a cyan object to the right of the gray cylinder. What shape is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=gray)), right), color=cyan)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="gray"), "right", color="cyan"), "shape"),
)
C(
    "negation",
    45,
    "How many objects are not cyan?",
    "count(fn(scene(), color=cyan))",
    lambda s: n(lacking(s, s.all(), color="cyan")),
)
C(
    "position",
    45,
    "Is the yellow cylinder on the left or the right of the image?",
    "choose(u(f(sel(cylinder), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="yellow")),
)
C(
    "compare_size",
    45,
    "Which is larger: the red cube or the red sphere?",
    "q(u(f(union(f(sel(cube), color=red), f(sel(sphere), color=red)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="red"), s.the(shape="sphere", color="red")),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Fiona, a Scottish student; "colour", "both of the"
C(
    "count",
    47,
    "How many purple cubes are there?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "Are both of the yellow balls the same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "attribute",
    47,
    "What shape is the big cyan thing?",
    "q(u(f(scene(), color=cyan)), shape)",
    lambda s: s.a(s.the(color="cyan"), "shape"),
)
C(
    "superlative",
    47,
    "What colour is the object farthest from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C("count", 47, "How many cubes are there in total?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
X(47, "Which of these would float if you dropped it in a loch?")

# --- Beto, a Brazilian waiter
C(
    "spatial",
    47,
    "How many cubes are to the right of the red cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=red)), right), shape=cube))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cylinder", color="red")), shape="cube")),
)
C(
    "chain",
    47,
    "The big blue cube — find the cube on its left, then the thing in front of that cube. What colour is that thing?",
    "q(u(rel(u(f(rel(u(f(sel(cube), color=blue)), left), shape=cube)), front)), color)",
    lambda s: s.a(only(related(s, "front", hop(s, s.the(shape="cube", color="blue"), "left", shape="cube"))), "color"),
)
C(
    "quantifier",
    47,
    "Every cylinder is small, true?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
C(
    "two_clause",
    47,
    "Is the little yellow ball metal, and the big yellow ball metal too?",
    "and_(verify(u(f(sel(sphere), color=yellow, size=small)), material, metal), verify(u(f(sel(sphere), color=yellow, size=large)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow", size="small"), "material") == "metal"
        and s.a(s.the(shape="sphere", color="yellow", size="large"), "material") == "metal"
    ),
)
C(
    "negation",
    47,
    "How many things are not purple?",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
C(
    "position",
    47,
    "The little yellow ball is on which side of the picture, left or right?",
    "choose(u(f(sel(sphere), color=yellow, size=small)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow", size="small")),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
