# ruff: noqa: E501
"""Blind paraphrase set 73: a nineteenth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
typing to a picture-question app the way real users do: mostly plain everyday English, some native speakers and some
not, the odd typo, some very short and some long, always understandable to a careful reader.

The cast. On the CLEVR pictures: Colm, an Irish night-shift nurse asking on his break, in tired, plain sentences;
Mei, a Chinese-born accountant in Vancouver whose English drops plurals and articles ("How many object is made of
rubber?", "Except the cylinders"); Keith, a Leeds bus driver doing the puzzle with his wife Sandra ("Sandra reckons");
Anjali, sixteen, collecting answers for a school data project, lowercase and quick with typos ("cylindr",
"diffrent"); Femi, a Lagos-born pharmacist in Manchester, formal and polite ("Kindly tell me"); Bryn, a forestry
worker from Powys, short and practical; Grace, a retired Ohio librarian who likes things exactly right; Ivan, a
Bulgarian long-haul driver writing short non-native English ("How many cylinder is here?", "What is behind of the
red cube?"); Hamid, an Iranian-born taxi dispatcher in Toronto ("they have same shape?"); Dale, an Ontario plumber who
types one unpunctuated line from his van; Bea, a Bristol physiotherapist between patients; Olu, a London bike courier
typing at red lights ("red stuff - how many"); Lorraine, a chatty dental receptionist on a quiet morning; Mateo, nine,
in Madrid, practising his English ("How many balls yellow there are?", "what side of the picture he is?"); Ingrid, a
Norwegian geology student; Pat, an Iowa farmer ("round ones", "in there"); Reuben, a Birmingham carpenter; Elif, a
Turkish architect, brief and exact; Nora, nine, from Winnipeg; and Walter, a retired American mail carrier who sorts
things into batches. On the photo-like graphs: Luis, a Colombian delivery rider ("What says the bus?", "How many
persons"); Janet, a council parking warden on her rounds; Dev, twelve, typing on his phone ("ppl", "guy"); Margit, a
Hungarian grandmother in an evening English class ("How many mans", "What colour has the stop sign?"); Claire, an
occupational therapist assessing a client's kitchen; Benji, a student flatmate; Hana, a Korean au pair ("Table is
what colour?", "how many different colour they have?"); Ruthie, a seventy-year-old amateur painter planning a
watercolour; Gus, a retired PE teacher ("the lad", "youngsters", "grown-ups"); Priscilla, who runs a church toddler
group; Oksana, a Ukrainian dog groomer ("How many dogs is black?", "near to which person?"); and Kofi, a Ghanaian
student photographer ("in the frame", "in the shot"). On the drawing: Bethany, a graphic-design intern ("layout");
Marta, a Portuguese kindergarten assistant ("How many circles has the drawing?"); Leon, a helpdesk worker who is
red-green colourblind and says so; Giulia, an Italian tile setter ("pieces", "four sides"); Doug, a night security
guard watching the drawing on a spare monitor; Abena, a nurse helping her daughter with a shapes worksheet ("She
says", "she's stuck on that one"); Yusuf, a Syrian-born pharmacy student taking a logic course ("Is it true that",
"exactly as many"); and Tilly, seven, typing for herself.

Sentence shapes: plain questions, requests ("Please tell me the colours of all cubes", "List them"), fragments
("Cubes in this batch?", "red stuff - how many", "Table is what colour?"), statements to confirm ("The small cyan cube
is on the right of the picture, correct?", "The square up top is blue, isn't it?", "Am I right that ..."), questions
with a reason attached ("I'm colourblind, so bear with me: ...", "I want them listed", "I need its colour"), reported
questions ("My daughter's worksheet asks: ...", "Sandra reckons ... Is she right?"), fronted topics and places ("Big
ones, how many is rubber?", "Shapes on the left side of the picture, how many?", "Behind the cyan ball is one
cylinder."), two-step chains told as a little story, and follow-ups that name what they point at ("And of the cubes,
the one most on the left", "And that green one", "And the lad").

The questions cover counts (with conditions, negation, "or", "together", "except", "apart from", "leave out"),
existence, an attribute of one thing, yes/no checks of one value, two checks at once, comparisons of counts ("more",
"as many as", "the same number") and of attributes (same colour, size, shape or material), quantifiers ("all",
"every", "both", "everything"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only
their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop
chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of values,
the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and
the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1,
3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a scene), about 30% about the photo-like graphs (street, kitchen,
park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as the
person's other questions (prices and weights, opinions and feelings, names and makers, what happens next, routes,
breeds and places in the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful person could
call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a neighbour in the order
along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies within 130 pixels of the
edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at least 40 pixels apart;
nothing is asked of the photo graphs that their stated relations and attributes leave open. A which-side question is
answered with the side; a "which is bigger" is asked only where the two size classes differ and is answered with the
word that tells the bigger one from the other (its shape, or its colour where both are cylinders). "Smaller" is
asked as the other thing being larger. Answers are the graph's words (gray, not grey; sphere, not ball; "blue, red,
yellow" for a list, most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag.
Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set; the only files read were build_blind66.py (its docstring, helpers and
code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the helpers it
imports (blind_gold.py and blind_helpers.py), and the scenes themselves (photo_scenes.json and the CLEVR val
scenes.json, inspected with small Python snippets). No question was run through nsvr's parser, planner or
``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind73.py`` to write ``../blind73.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind73.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counts as a rectangle, so "the rectangle" alone is not unique)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def held_by_women(p) -> list[str]:
    """Whatever some woman is stated to be holding."""
    return [o for w in p.f("woman") for o in p.objects_of(w, "holding")]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube (left), small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Colm, an Irish night-shift nurse asking on his break
C("count", 37, "So how many cylinders are in this one?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    37,
    "The two gray cylinders, are they the same size or is one of them smaller?",
    "same(f(sel(cylinder), color=gray), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "size"),
)
C(
    "exist",
    37,
    "Is there anything in the picture that's both red and a cube?",
    "exist(f(sel(cube), color=red))",
    lambda s: yes(bool(s.f(shape="cube", color="red"))),
)
C(
    "superlative",
    37,
    "What's the thing furthest back made of?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    37,
    "How many things are sitting in front of the big purple cube?",
    "count(rel(u(f(sel(cube), size=large, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="purple"))),
)
X(
    37,
    "I'm on a twelve-hour shift and these little models are keeping me awake. Who makes them, do you know?",
)

# --- Mei, a Chinese-born accountant in Vancouver
C(
    "count",
    37,
    "How many object is made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "compare_count",
    37,
    "Rubber objects are more than metal objects, correct?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "list",
    37,
    "Please tell me the colours of all cubes.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "position",
    37,
    "Red sphere is on the right side of the picture or left side?",
    "choose(u(f(sel(sphere), color=red)), hposition, [right, left])",
    lambda s: picture_side(s, s.the(shape="sphere", color="red")),
)
C(
    "negation",
    37,
    "Except the cylinders, how many objects are small?",
    "count(fn(f(scene(), size=small), shape=cylinder))",
    lambda s: n(lacking(s, s.f(size="small"), shape="cylinder")),
)
C(
    "superlative",
    37,
    "And of the cubes, the one most on the left — what material it is?",
    "q(ord(sel(cube), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "material"),
)
C(
    "chain",
    37,
    "Behind the cyan ball is one cylinder. On the right of this cylinder there is a cube. Which colour is the cube?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="cyan"), "behind", shape="cylinder"), "right", shape="cube"),
        "color",
    ),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube (left)

# --- Keith, a Leeds bus driver doing the puzzle with his wife Sandra
C(
    "count",
    8,
    "Me and the wife are doing this one together. How many cubes can you see?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_count",
    8,
    "Are there the same number of metal ones as rubber ones?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "verify",
    8,
    "There's only the one ball. Is it blue?",
    "verify(u(sel(sphere)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere"), "color") == "blue"),
)
C(
    "superlative",
    8,
    "What colour is the one right at the front?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_attr",
    8,
    "Sandra reckons the two yellow things are the same shape. Is she right?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
X(8, "We've done all the ones in the paper now. Where can we get more puzzles like this?")

# --- Anjali, sixteen, collecting answers for a school data project
C(
    "count",
    8,
    "how many objects are small and made of metal",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "attribute",
    8,
    "whats the material of the big gray cylindr",
    "q(u(f(sel(cylinder), size=large, color=gray)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="gray"), "material"),
)
C(
    "spatial",
    8,
    "how many things are to the left of the purple ball",
    "count(rel(u(f(sel(sphere), color=purple)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="purple"))),
)
C(
    "number",
    8,
    "number of diffrent colours in the scene?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "verify",
    8,
    "is the cube at the very back brown",
    "verify(ord(sel(cube), behind, 1), color, brown)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "behind"), "color") == "brown"),
)
C(
    "chain",
    8,
    "to the right of the cyan cube theres a yellow cube, and behind that one theres a big cylinder. what colour is the cylinder",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), right), color=yellow, shape=cube)), behind), size=large, shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="cyan"), "right", color="yellow", shape="cube"),
            "behind",
            size="large",
            shape="cylinder",
        ),
        "color",
    ),
)

# scene 33: small cyan rubber cube (far right), small gray metal sph (right), small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Femi, a Lagos-born pharmacist in Manchester; formal and polite
C(
    "count",
    33,
    "Good evening. Kindly tell me how many of the objects are large.",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_size",
    33,
    "Is the red sphere bigger than the gray one?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray")),
)
C(
    "superlative",
    33,
    "Please, which colour is the cylinder at the back?",
    "q(ord(sel(cylinder), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "behind"), "color"),
)
C(
    "compare_attr",
    33,
    "Do the two cyan objects share the same material?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "spatial",
    33,
    "How many objects lie to the right of the blue cylinder, please?",
    "count(rel(u(f(sel(cylinder), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="blue"))),
)
X(33, "Is this picture taken from a textbook? I would like to know its title and the publisher, please.")

# --- Bryn, a forestry worker from Powys; short and practical
C(
    "quantifier",
    33,
    "Spheres — are both of them metal?",
    "not_(exist(fn(sel(sphere), material=metal)))",
    lambda s: every(s, s.f(shape="sphere"), material="metal"),
)
C(
    "superlative",
    33,
    "What shape is the thing furthest to the left?",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "exist",
    33,
    "Is there a big rubber one anywhere?",
    "exist(f(scene(), size=large, material=rubber))",
    lambda s: yes(bool(s.f(size="large", material="rubber"))),
)
C(
    "position",
    33,
    "The small cyan cube is on the right of the picture, correct?",
    "verify(u(f(sel(cube), size=small, color=cyan)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cube", size="small", color="cyan")) == "right"),
)
C(
    "chain",
    33,
    "In front of the big cyan cylinder there's a green thing. What shape is that green one?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=cyan)), front), color=green)), shape)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="large", color="cyan"), "front", color="green"), "shape"),
)
C(
    "same_attr",
    33,
    "How many other things are the same shape as the red sphere?",
    "count(same_attr(u(f(sel(sphere), color=red)), shape))",
    lambda s: n(others(s, s.the(shape="sphere", color="red"), "shape")),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl (right), small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Grace, a retired Ohio librarian who likes things exactly right
C("count", 6, "How many spheres are there in this picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    6,
    "Are the two cubes both made of metal?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "negation",
    6,
    "How many red objects are there if we leave out the cylinder?",
    "count(fn(f(scene(), color=red), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="red"), shape="cylinder")),
)
C(
    "spatial",
    6,
    "Is the large gray sphere to the left of the small purple sphere?",
    "exist(f(rel(u(f(sel(sphere), size=small, color=purple)), left), size=large, color=gray, shape=sphere))",
    lambda s: is_rel(
        s,
        {"shape": "sphere", "size": "large", "color": "gray"},
        "left",
        {"shape": "sphere", "size": "small", "color": "purple"},
    ),
)
C(
    "superlative",
    6,
    "Which object sits second from the front? I'd like its shape, please.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "list",
    6,
    "Which colours do the spheres come in? Please list them.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(
    6,
    "I catalogued pictures for thirty years. What would this image properly be titled, and who holds the rights to it?",
)

# --- Ivan, a Bulgarian long-haul driver
C("count", 6, "How many cylinder is here?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    6,
    "Big ones, how many is rubber?",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "position",
    6,
    "Small blue cube, it is on left or right side of picture?",
    "choose(u(f(sel(cube), size=small, color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="small", color="blue")),
)
C(
    "spatial",
    6,
    "What is behind of the red cube? How many things?",
    "count(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="red"))),
)
C(
    "compare_count",
    6,
    "Is more spheres than cubes and cylinders together?",
    "gt(count(sel(sphere)), count(union(sel(cube), sel(cylinder))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape=("cube", "cylinder")))),
)
C(
    "compare_attr",
    6,
    "Red cylinder and red cube, is same material?",
    "same(u(f(sel(cylinder), color=red)), u(f(sel(cube), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="red"), "material") == s.a(s.the(shape="cube", color="red"), "material")
    ),
)
X(6, "How much weigh the big red ball? I need to know for the load.")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Hamid, an Iranian-born taxi dispatcher in Toronto
C(
    "count",
    10,
    "How many cylinders you can see in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    10,
    "The two red things, they have same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "compare_size",
    10,
    "Which one is bigger, the gray cube or the gray cylinder?",
    "q(u(f(union(f(sel(cube), color=gray), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="gray")),
)
C(
    "position",
    10,
    "Purple ball is sitting on which side of the picture?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "superlative",
    10,
    "Which object is nearest to the front? I need its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "count",
    10,
    "How many things are metal or red? Each one only once please.",
    "count(union(f(scene(), material=metal), f(scene(), color=red)))",
    lambda s: n(set(s.f(material="metal")) | set(s.f(color="red"))),
)

# --- Dale, an Ontario plumber typing one line from his van
C("count", 10, "how many of em are large", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "spatial",
    10,
    "is the gray cube behind the red ball",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "behind", {"shape": "sphere", "color": "red"}),
)
C(
    "quantifier",
    10,
    "are all the small ones rubber",
    "not_(exist(fn(f(scene(), size=small), material=rubber)))",
    lambda s: every(s, s.f(size="small"), material="rubber"),
)
C(
    "superlative",
    10,
    "colour of the thing furthest left",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "superlative",
    10,
    "2nd from the right what shape is it",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "chain",
    10,
    "theres a small cylinder behind the green one and a cube to the left of that. what colour is the cube",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), behind), size=small, shape=cylinder)), left), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cylinder", color="green"), "behind", size="small", shape="cylinder"),
            "left",
            shape="cube",
        ),
        "color",
    ),
)
X(10, "how much would the shiny ones fetch as scrap")

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Bea, a Bristol physiotherapist between patients
C("count", 1, "Quick one between patients — how many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    1,
    "Are both blue cylinders made of metal?",
    "not_(exist(fn(f(sel(cylinder), color=blue), material=metal)))",
    lambda s: every(s, s.f(shape="cylinder", color="blue"), material="metal"),
)
C(
    "spatial",
    1,
    "Is the brown sphere behind the purple cube?",
    "exist(f(rel(u(f(sel(cube), color=purple)), behind), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "behind", {"shape": "cube", "color": "purple"}),
)
C(
    "superlative",
    1,
    "What colour is the cube at the back?",
    "q(ord(sel(cube), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "behind"), "color"),
)
C(
    "exist",
    1,
    "Is any of the cylinders a large one?",
    "exist(f(sel(cylinder), size=large))",
    lambda s: yes(bool(s.f(shape="cylinder", size="large"))),
)
C(
    "chain",
    1,
    "What's the sphere in front of the large purple cube made of?",
    "q(u(f(rel(u(f(sel(cube), size=large, color=purple)), front), shape=sphere)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="large", color="purple"), "front", shape="sphere"), "material"),
)
X(1, "One of my patients asked what these are. Are they a therapy toy, and where would I buy a set?")

# scene 3: small red metal sph, small purple metal cube (front, far left), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Olu, a London bike courier typing at red lights
C("count", 3, "how many cylinders in this one", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C("count", 3, "red stuff - how many", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "verify",
    3,
    "is the red ball metal",
    "verify(u(f(sel(sphere), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "metal"),
)
C(
    "superlative",
    3,
    "thing furthest right - what shape",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    3,
    "any cubes behind the red sphere?",
    "exist(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="sphere", color="red")), shape="cube"))),
)
C(
    "compare_attr",
    3,
    "the 2 purple things same size?",
    "same(f(scene(), color=purple), size)",
    lambda s: alike(s, s.f(color="purple"), "size"),
)
X(3, "whats the quickest way from here to shoreditch")

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph (right), small yellow rubber sph, large blue metal sph

# --- Lorraine, a chatty dental receptionist on a quiet morning
C(
    "count",
    4,
    "Morning! I've got this up on the screen at the front desk while it's quiet. How many balls are there altogether?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    4,
    "Apart from the big blue ball, is everything else small?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), size=large, color=blue)), size=small)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", size="large", color="blue")], size="small"),
)
C(
    "count",
    4,
    "How many yellow things are there? I can see a few.",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "exist",
    4,
    "Are there any cubes at all? I can't spot one.",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "superlative",
    4,
    "Which colour is the ball furthest over to the right?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
C(
    "same_attr",
    4,
    "How many other things are the same colour as that big blue ball?",
    "count(same_attr(u(f(sel(sphere), size=large, color=blue)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="blue"), "color")),
)
C(
    "negation",
    4,
    "And how many of the cylinders aren't yellow?",
    "count(fn(sel(cylinder), color=yellow))",
    lambda s: n(lacking(s, s.f(shape="cylinder"), color="yellow")),
)
X(4, "It reminds me of a jar of sweets. What flavour do you think the purple one would be?")

# --- Mateo, nine, in Madrid, practising his English
C(
    "count",
    4,
    "How many balls yellow there are?",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "verify",
    4,
    "The big blue ball is of rubber?",
    "verify(u(f(sel(sphere), size=large, color=blue)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="blue"), "material") == "rubber"),
)
C(
    "compare_count",
    4,
    "There are more balls than cylinders?",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "position",
    4,
    "The green cylinder, what side of the picture he is?",
    "choose(u(f(sel(cylinder), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="green")),
)
C(
    "superlative",
    4,
    "What colour is the thing more at the back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    4,
    "How many things are in front of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)

# scene 23: small yellow metal sph (right), small brown metal cyl (front, far left), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Ingrid, a Norwegian geology student
C(
    "count",
    23,
    "How many objects in this picture are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "verify",
    23,
    "Is the big yellow cylinder made of metal?",
    "verify(u(f(sel(cylinder), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="yellow"), "material") == "metal"),
)
C(
    "compare_attr",
    23,
    "Are the spheres the same size as each other?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "superlative",
    23,
    "What colour is the object that is placed furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    23,
    "The small brown sphere, is it to the right of the yellow sphere?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), right), size=small, color=brown, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "size": "small", "color": "brown"}, "right", {"shape": "sphere", "color": "yellow"}
    ),
)
C(
    "compare_size",
    23,
    "Which is larger, the brown cylinder or the yellow cylinder?",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(cylinder), color=yellow)), size=large)), color)",
    lambda s: bigger_of(
        s, s.the(shape="cylinder", color="brown"), s.the(shape="cylinder", color="yellow"), attribute="color"
    ),
)
X(23, "If these were real minerals, which rock would the brown sphere be?")

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (front, left)

# --- Pat, an Iowa farmer
C("count", 51, "How many round ones in there?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    51,
    "That big gray ball — rubber or metal?",
    "choose(u(f(sel(sphere), size=large, color=gray)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="gray"), "material"),
)
C(
    "two_clause",
    51,
    "Is the little cube yellow, and is it metal too?",
    "and_(verify(u(sel(cube)), color, yellow), verify(u(sel(cube)), material, metal))",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "yellow" and s.a(s.the(shape="cube"), "material") == "metal"),
)
C(
    "spatial",
    51,
    "Anything sitting behind the cube?",
    "exist(rel(u(sel(cube)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube")))),
)
C(
    "compare_size",
    51,
    "Which is bigger, the gray ball or the cube?",
    "q(u(f(union(f(sel(sphere), color=gray), sel(cube)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="gray"), s.the(shape="cube")),
)
C(
    "superlative",
    51,
    "What's furthest to the right, colour-wise?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 39: large gray metal cyl (right), small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Reuben, a Birmingham carpenter
C("count", 39, "How many cylinders we looking at?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    39,
    "The gray ones, are they both metal?",
    "not_(exist(fn(f(scene(), color=gray), material=metal)))",
    lambda s: every(s, s.f(color="gray"), material="metal"),
)
C(
    "spatial",
    39,
    "Is the big cylinder over to the left of the cube?",
    "exist(f(rel(u(sel(cube)), left), size=large, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "size": "large"}, "left", {"shape": "cube"}),
)
C(
    "attribute",
    39,
    "What's the brown cylinder made of?",
    "q(u(f(sel(cylinder), color=brown)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="brown"), "material"),
)
C(
    "same_attr",
    39,
    "Things the same colour as the cube, not counting the cube itself — how many?",
    "count(same_attr(u(sel(cube)), color))",
    lambda s: n(others(s, s.the(shape="cube"), "color")),
)
C(
    "position",
    39,
    "Which side of the picture is the brown cylinder on?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
X(39, "If I turned these for real, would oak or ash be the better wood?")

# scene 40: small cyan metal cube (right, front), large brown rubber cyl (left), large gray metal cube (back)

# --- Elif, a Turkish architect; brief and exact
C("count", 40, "How many cubes are in the scene?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    40,
    "Two cubes — same material?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "compare_size",
    40,
    "Which is bigger: cyan cube or brown cylinder?",
    "q(u(f(union(f(sel(cube), color=cyan), f(sel(cylinder), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", color="brown")),
)
C(
    "superlative",
    40,
    "The object at the most front, which colour?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    40,
    "Is the gray cube in front of the cyan cube?",
    "exist(f(rel(u(f(sel(cube), color=cyan)), front), color=gray, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "gray"}, "front", {"shape": "cube", "color": "cyan"}),
)
C(
    "number",
    40,
    "How many colours in total are used here?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 34 (all metal): small red cyl (front, left), small yellow cube (back), large gray cyl (right)

# --- Nora, nine, from Winnipeg
C("count", 34, "How many cylinders can you find?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    34,
    "is everything made of metal",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C("attribute", 34, "what colour is the cube", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_size",
    34,
    "is the red cylinder smaller than the gray one",
    "larger(u(f(sel(cylinder), color=gray)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", color="gray"), s.the(shape="cylinder", color="red")),
)
C(
    "spatial",
    34,
    "is the cube behind the red cylinder",
    "exist(f(rel(u(f(sel(cylinder), color=red)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "cylinder", "color": "red"}),
)
X(34, "what is the gray cylinders name")

# scene 58: small blue rubber sph (back, right), large cyan metal cube (front), large purple metal cube (left)

# --- Walter, a retired American mail carrier who sorts things into batches
C("count", 58, "Cubes in this batch?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    58,
    "Are both of the cubes the large size?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C("attribute", 58, "What color is the ball?", "q(u(sel(sphere)), color)", lambda s: s.a(s.the(shape="sphere"), "color"))
C(
    "compare_size",
    58,
    "Is the blue ball bigger than the purple cube?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(cube), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="cube", color="purple")),
)
C(
    "superlative",
    58,
    "Which cube is further forward, the cyan one or the purple one?",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "exist",
    58,
    "Is anything in there made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Luis, a Colombian delivery rider
P(
    "text",
    "street",
    "What says the bus? I think is Spanish.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many persons are in the street?", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "street",
    "The man in white, he is at the right of the bus?",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
P(
    "text",
    "street",
    "And what is written on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "The car, which colour it has?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
X("street", "How long it takes from this place to the airport by bus?")

# --- Janet, a council parking warden on her rounds
P(
    "spatial",
    "street",
    "Is there a car parked on the left of the bus?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "What does the red sign up in the corner say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("count", "street", "How many vehicles are in shot?", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P(
    "compare_attr",
    "street",
    "The sign and the car — same colour?",
    "same(u(sel(sign)), u(sel(car)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("car"), "color")),
)
P(
    "where",
    "street",
    "Is the woman standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "chain",
    "street",
    "What's the woman in green holding?",
    "q(u(rel(u(f(sel(woman), color=green)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman", color="green"), "holding"))),
)
X("street", "What's the fine for stopping there these days, do you know?")

# --- Dev, twelve, typing on his phone
P("count", "street", "how many ppl have ties on", "count(rel(sel(tie), wearing))", lambda p: n(wearers(p, "tie")))
P(
    "chain",
    "street",
    "what colour is the tie on the guy furthest left",
    "q(u(rel(ord(sel(man), left, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "left")), "color"),
)
P(
    "verify",
    "street",
    "is the dog black",
    "verify(u(sel(dog)), color, black)",
    lambda p: yes(p.value(p.the("dog"), "color") == "black"),
)
P(
    "spatial",
    "street",
    "is there a tree behind the bus",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "compare_count",
    "street",
    "are there more men than women",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P("count", "street", "how many ties are blue", "count(f(sel(tie), color=blue))", lambda p: n(p.f("tie", color="blue")))
X("street", "whats the bus drivers name")

# --- Margit, a Hungarian grandmother in an evening English class
P(
    "spatial",
    "street",
    "Please, the woman in the green, she holds a dog?",
    "exist(f(rel(u(sel(dog)), holding, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "attribute",
    "street",
    "What colour has the stop sign?",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)
P(
    "chain",
    "street",
    "The man in the white, his tie is which colour?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "two_clause",
    "street",
    "The bus is red and also big, yes?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(bus)), size, large))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("bus"), "size") == "large"),
)
P(
    "position",
    "street",
    "The tree is on the right side or the left side of the picture?",
    "choose(u(sel(tree)), hposition, [right, left])",
    lambda p: p.value(p.the("tree"), "hposition"),
)
P(
    "spatial",
    "street",
    "The little dog is near who?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
X("street", "In which city is this street? My son lives in Madrid, maybe it is there.")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Claire, an occupational therapist assessing a client's kitchen
P(
    "count",
    "kitchen",
    "How many items are on the table in total?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "Is the clock mounted above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "text",
    "kitchen",
    "What time does the clock read?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "two_clause",
    "kitchen",
    "Are there both a fork and a knife set out?",
    "and_(exist(sel(fork)), exist(sel(knife)))",
    lambda p: yes(bool(p.f("fork")) and bool(p.f("knife"))),
)
P(
    "attribute",
    "kitchen",
    "What is the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
X("kitchen", "Would you say this kitchen is safe for someone who uses a walking frame?")

# --- Benji, a student flatmate
P(
    "count",
    "kitchen",
    "how many cups are sat on the table",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "superlative",
    "kitchen",
    "which cup is furthest right, what colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "verify",
    "kitchen",
    "is the bottle green",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "text",
    "kitchen",
    "whats written on the bottle",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "chain",
    "kitchen",
    "the cup to the right of the plate, what colour is that one",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
X("kitchen", "whos gonna do the washing up after this lol")

# --- Hana, a Korean au pair
P(
    "count",
    "kitchen",
    "How many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "spatial",
    "kitchen",
    "The red cup is on the left of the plate, isn't it?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "attribute",
    "kitchen",
    "Table is what colour?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "number",
    "kitchen",
    "Cups, how many different colour they have?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "verify",
    "kitchen",
    "Is the table made from wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "superlative",
    "kitchen",
    "Second cup from the left, which colour?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
X("kitchen", "This woman is the mother of the house? How old is she?")

# --- Ruthie, a seventy-year-old amateur painter planning a watercolour
P(
    "attribute",
    "kitchen",
    "I'd like to paint this. What colour should I mix for the bottle?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P("count", "kitchen", "How many cups will I need to paint?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same white as the clock?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "number",
    "kitchen",
    "Everything on the table — how many different colours is that?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: colour_count(p, on_table(p)),
)
P(
    "position",
    "kitchen",
    "The lady in yellow, is she over on the right-hand side?",
    "verify(u(sel(woman)), hposition, right)",
    lambda p: yes(p.value(p.the("woman"), "hposition") == "right"),
)
P(
    "list",
    "kitchen",
    "Which colours are the cups? I want them listed so I can lay out my paints.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
X("kitchen", "Do you think it would look better done in oils or in watercolour?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Gus, a retired PE teacher
P("count", "park", "How many youngsters are out in the park?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What's the lad throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "verify",
    "park",
    "And the frisbee — yellow, is it?",
    "verify(u(sel(frisbee)), color, yellow)",
    lambda p: yes(p.value(p.the("frisbee"), "color") == "yellow"),
)
P(
    "negation",
    "park",
    "How many grown-ups, then? Everyone who isn't a child.",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)
P(
    "spatial",
    "park",
    "Is the lad stood by the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "spatial",
    "park",
    "Is the girl to the right of the boy?",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
X("park", "Will the lad catch it when it comes back, do you reckon?")

# --- Priscilla, who runs a church toddler group
P("count", "park", "How many dogs have come along to the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "The white dog — which child is it near?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "attribute",
    "park",
    "What colour is the little girl dressed in?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "verify",
    "park",
    "Is the bench a brown one?",
    "verify(u(sel(bench)), color, brown)",
    lambda p: yes(p.value(p.the("bench"), "color") == "brown"),
)
P(
    "chain",
    "park",
    "One of the ladies is holding a dog — what colour is that dog?",
    "q(u(rel(sel(woman), holding, role=object)), color)",
    lambda p: p.value(only(held_by_women(p)), "color"),
)
P(
    "compare_count",
    "park",
    "Are there more people than dogs?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)

# --- Oksana, a Ukrainian dog groomer
P("count", "park", "How many dogs is black?", "count(f(sel(dog), color=black))", lambda p: n(p.f("dog", color="black")))
P(
    "spatial",
    "park",
    "The black dog is near to which person?",
    "q(u(rel(u(f(sel(dog), color=black)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="black")))),
)
P(
    "compare_attr",
    "park",
    "Both dogs have same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "spatial",
    "park",
    "The woman in white — she is near the bicycle?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "superlative",
    "park",
    "Who is the most on right side of all people?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
X("park", "Which breed is the white dog? It looks like a Samoyed to me.")

# --- Kofi, a Ghanaian student photographer
P("count", "park", "How many trees are in the frame?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "position",
    "park",
    "Is the frisbee in the bottom part of the frame?",
    "verify(u(sel(frisbee)), vposition, bottom)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "bottom"),
)
P(
    "where",
    "park",
    "Which side of the bench is the bike on, left or right?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "spatial",
    "park",
    "What's behind the girl?",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "superlative",
    "park",
    "Which person is the leftmost one in the shot?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "chain",
    "park",
    "The tree behind the woman in red, is it on the left of the frame?",
    "verify(u(rel(u(f(sel(woman), color=red)), behind, name=tree)), hposition, left)",
    lambda p: yes(
        p.value(only(named(p, p.subjects("behind", p.the("woman", color="red")), "tree")), "hposition") == "left"
    ),
)
X("park", "What camera and lens would give me this look?")


# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Bethany, a graphic-design intern
P("count", "shapes", "How many shapes in the whole layout?", "count(scene())", lambda p: n(p.objects))
P(
    "list",
    "shapes",
    "Which colours appear in the bottom row? List them.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "The square up top is blue, isn't it?",
    "verify(u(sel(square)), color, blue)",
    lambda p: yes(p.value(p.the("square"), "color") == "blue"),
)
P(
    "count",
    "shapes",
    "How many of the shapes are the large size?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle over in the top right?",
    "and_(verify(u(sel(triangle)), hposition, right), verify(u(sel(triangle)), vposition, top))",
    lambda p: yes(
        p.value(p.the("triangle"), "hposition") == "right" and p.value(p.the("triangle"), "vposition") == "top"
    ),
)
P(
    "compare_attr",
    "shapes",
    "Are the hexagon and the square the same colour?",
    "same(u(sel(hexagon)), u(sel(square)), color)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == p.value(p.the("square"), "color")),
)

# --- Marta, a Portuguese kindergarten assistant
P("count", "shapes", "How many circles has the drawing?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The big circle is red or blue?",
    "choose(u(f(sel(circle), size=large)), color, [red, blue])",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "Which shape is in the centre?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "attribute",
    "shapes",
    "The star is small or big?",
    "choose(u(sel(star)), size, [small, large])",
    lambda p: p.value(p.the("star"), "size"),
)
P(
    "exist",
    "shapes",
    "There is a purple shape?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "The children will colour this tomorrow. Which colour they will like the most?")

# --- Leon, a helpdesk worker who is red-green colourblind
P(
    "attribute",
    "shapes",
    "I'm colourblind, so bear with me: what colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "attribute",
    "shapes",
    "And is the circle in the top left red or green? They look the same to me.",
    "choose(u(f(sel(circle), hposition=left, vposition=top)), color, [red, green])",
    lambda p: p.value(p.the("circle", hposition="left", vposition="top"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle, or different?",
    "worded(same(u(sel(star)), u(f(sel(circle), size=large)), color), [same, different])",
    lambda p: said_same(yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color"))),
)
P(
    "count",
    "shapes",
    "How many green shapes are there?",
    "count(f(scene(), color=green))",
    lambda p: n(p.f(color="green")),
)
P(
    "exist",
    "shapes",
    "Is anything red in the bottom row?",
    "exist(f(scene(), color=red, vposition=bottom))",
    lambda p: yes(bool(p.f(color="red", vposition="bottom"))),
)
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor green? Those are the ones I can trust myself with.",
    "count(fn(fn(scene(), color=red), color=green))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"red", "green"}]),
)

# --- Giulia, an Italian tile setter
P(
    "count",
    "shapes",
    "How many pieces have four sides? Squares and rectangles, I mean.",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "verify",
    "shapes",
    "The yellow rectangle, it is a large one?",
    "verify(u(f(sel(rectangle), color=yellow)), size, large)",
    lambda p: yes(p.value(yellow_rectangle(p), "size") == "large"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the square or the yellow rectangle?",
    "q(u(f(union(sel(square), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), yellow_rectangle(p)),
)
P(
    "count",
    "shapes",
    "How many blue pieces are in the top row?",
    "count(f(scene(), color=blue, vposition=top))",
    lambda p: n(p.f(color="blue", vposition="top")),
)
P(
    "superlative",
    "shapes",
    "In the top row, the second piece from the right — what shape is it?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
X("shapes", "If I lay this design as a floor, how many tiles do I need, more or less?")

# --- Doug, a night security guard watching the drawing on a spare monitor
P(
    "count",
    "shapes",
    "Shapes on the left side of the picture, how many?",
    "count(f(scene(), hposition=left))",
    lambda p: n(p.f(hposition="left")),
)
P(
    "position",
    "shapes",
    "What's down in the bottom left?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is the star in the bottom row and is it red?",
    "and_(verify(u(sel(star)), vposition, bottom), verify(u(sel(star)), color, red))",
    lambda p: yes(p.value(p.the("star"), "vposition") == "bottom" and p.value(p.the("star"), "color") == "red"),
)
P(
    "count",
    "shapes",
    "How many small shapes are blue?",
    "count(f(scene(), size=small, color=blue))",
    lambda p: n(p.f(size="small", color="blue")),
)
P(
    "quantifier",
    "shapes",
    "Is every one of the big shapes in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
X("shapes", "Who drew this, and were they bored on a night shift like me?")

# --- Abena, a nurse helping her daughter with a shapes worksheet
P(
    "count",
    "shapes",
    "My daughter's worksheet asks: how many triangles are there?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "compare_count",
    "shapes",
    "She says there are more blue shapes than red ones. Is she right?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "negation",
    "shapes",
    "How many of the shapes are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "attribute",
    "shapes",
    "Which colour is the hexagon, please? She's stuck on that one.",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "verify",
    "shapes",
    "Is the little circle blue?",
    "verify(u(f(sel(circle), size=small)), color, blue)",
    lambda p: yes(p.value(p.the("circle", size="small"), "color") == "blue"),
)
P(
    "compare_size",
    "shapes",
    "Which is larger, the star or the circle at the top left?",
    "q(u(f(union(sel(star), f(sel(circle), hposition=left)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("circle", hposition="left")),
)

# --- Yusuf, a Syrian-born pharmacy student taking a logic course
P(
    "count",
    "shapes",
    "If we count only the small shapes, how many of them are circles?",
    "count(f(sel(circle), size=small))",
    lambda p: n(p.f("circle", size="small")),
)
P(
    "quantifier",
    "shapes",
    "Is it true that all circles are blue?",
    "not_(exist(fn(sel(circle), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f("circle"))),
)
P(
    "same_attr",
    "shapes",
    "How many shapes share the square's colour?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "compare_count",
    "shapes",
    "Are there exactly as many big shapes as small shapes?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)
P(
    "superlative",
    "shapes",
    "What shape comes first in the bottom row, counting from the left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "number",
    "shapes",
    "How many different colours are in the top row?",
    "nvalues(f(scene(), vposition=top), color)",
    lambda p: colour_count(p, p.f(vposition="top")),
)
X("shapes", "Why did the artist choose a star and not a heart?")

# --- Tilly, seven, typing for herself
P("count", "shapes", "how many blue shapes", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("exist", "shapes", "is there a star", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "attribute",
    "shapes",
    "what colour is the big triangle",
    "q(u(f(sel(triangle), size=large)), color)",
    lambda p: p.value(p.the("triangle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "whats the shape in the middle of the top",
    "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "is the hexagon bigger than the yellow rectangle",
    "larger(u(sel(hexagon)), u(f(sel(rectangle), color=yellow)))",
    lambda p: drawn_larger(p, p.the("hexagon"), yellow_rectangle(p)),
)
X("shapes", "which shape is the best one")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
