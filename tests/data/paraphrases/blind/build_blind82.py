# ruff: noqa: E501
"""Blind paraphrase set 82: "pointing with words", a twenty-eighth crowd. About forty people who cannot point and so
pick things out by where they are and in what order, each imagined once and kept in character for five to seven
questions about one picture, asking in their own words and habits of speech, always understandably to a careful
reader. They find a thing by a place or an order (rows, corners, ends, "second from the left", "the one just behind",
"nearest to me", "right at the back", "the far one", "next along", chains of two steps, "the last one") and then ask
about what they picked: its colour, size, material or shape, a count around it, a comparison.

The cast. On the CLEVR pictures: Wen, a warehouse picker on a headset ("pick two", "units", "front of the bay");
Kofi, eight, typing without apostrophes or question marks; Marek, a robot-arm operator ("Target acquisition",
"gripper", "clearance"); Luis, guiding a friend round the picture over the phone ("Okay, you see ...", "Go straight
back from it", "Got it?"); Ines, a Portuguese visitor ("The ball more to the left, which colour is?", "Behind of");
Kev, a football referee ("the last man at the back", "ahead of", "out on the right wing"); Dave, a lifeguard
scanning the pool ("closest one in", "farthest one out"); Viktor, a chess player ("the far left file", "the last rank
from me", "pieces"); Clementine, a museum guide ("If you'll follow me", "moving along", "displayed"); Pim, a terse
Dutch cyclist ("Rightmost object. Colour?"); Rosie, six; Gwen, a land surveyor ("Reading left to right", "rearmost");
Jun-ho, a Korean student ("at most left side", "in second place from the front"); Bex, a wedding photographer
lining up a group shot ("front and centre", "whoever's right at the back", "stood"); Malcolm, a lawn-bowls player
("lying nearest the front", "on the near side of it"); Grandpa Ollie on a video call with his granddaughter
("sweetheart", "hiding way at the back"); Mehmet, a Turkish barber ("how many small things are behind him", "my
friend"); Dwayne, a car-park attendant ("parked furthest back", "the front row"); Fergus, a golf caddie ("from where
we're standing, the far ball", "the near one"); Sian, a rally co-driver calling pace notes ("Start at ... Then go
right: first thing you reach"); Giulia, an Italian visitor ("the cylinder more near to it", "which one is more
big?"). On the photo-like graphs: Dami, on the phone telling a mate where to look ("the middle one of the three");
Mr Okonkwo, a driving instructor ("Mirror check"); Leila, a street photographer ("frame left", "the three figures");
Sergei, a Russian courier ("the person second from right — what she holds?"); Jo, a chef talking a new porter
through the pass ("Grab me the cup on the far right"); Anneke, a Dutch au pair ("which colour has it?", "Lies there
also ..."); Sunil, programming a home robot ("Target: the second item from the left on the table"); Dolores, a
grandmother ("Mijo", "no?"); Priyanka, a babysitter keeping count of children; Moses, a dog trainer; Ayşe, a Turkish
tourist ("at left of the girl", "is at the top of the picture?"); Olu, a park warden on the radio. On the drawing:
Mr Achterberg, a teacher at the board ("Eyes on the board, everyone"); Lucía, five; Ife, a graphic designer on a call
("elements", "the layout"); Tariq, a drone pilot ("Waypoint one: top-left corner"); Hannelore, a German pensioner
("the corner below on the right", "the same colour like"); Pádraig, a pub quizmaster ("Question three:"); Theo, nine,
on a walkie-talkie ("Over."); and Walt, an old carpenter who calls the shapes pieces.

Sentence shapes: fronted places and orders ("Top row, far right — what shape ...", "Reading left to right, the third
object along", "Waypoint two: bottom-left corner. Colour of the target?"), walking directions in two steps ("Start at
the big green cylinder on the far left. Then go right: first thing you reach", "Go straight back from it — the first
thing you hit"), bare fragments ("Rightmost object. Colour?", "Front one and the one just behind it. Same colour?"),
tags ("no?", "or not?", "Over."), non-native word orders ("Behind of the red cube, there is something?", "How many
things is at the left of the gray cylinder?"), the picked thing named again in a follow-up ("that little purple cube
on the end", "that brown one at the back"), and comparisons between two picked things ("Front-most cube and
back-most cube: same size?", "is the box on the right end bigger than the little brown thing").

The questions cover counts (with conditions, "not", "together"), existence, an attribute of one thing, yes/no checks
of one value, two checks at once, comparisons of counts and of attributes, quantifiers ("all", "apart from ... is
everybody"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their stated
relations: on, near, holding, wearing, throwing, left, right, in front, behind), one- and two-hop chains (among them
"the nearest thing on its right-hand side", the k-th object of a relation's set counted from the anchor's side),
superlatives and ordinals over all objects, a kind, a row or a table, other things sharing a value, which of two
things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture, sides, rows and
corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask
about the CLEVR val scenes 49, 52, 55, 59, 54, 38, 57, 32, 48, 56, 50, 35, 36 and 15 (one or two people to a scene),
about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in
ten must be refused, each in the same voice as the person's other questions (prices and weights, opinions, what
happens next, names, owners and makers, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis (for "the nearest thing on its right", the
relation's set is ordered from the anchor's side with the same margin), a side of a CLEVR picture is asked only of an
object whose box centre lies within SIDE (130) pixels of the edge of the 480-pixel frame, and on the drawing and
photos neighbours in an order are at least GAP (40) pixels apart; nothing is asked of the photo graphs that their
stated relations and attributes leave open (no "how many cups are left of the bottle", as the graph states only the
blue one). "Nearest to me", "closest", "the near one" and "front" mean the front of the CLEVR scene; "the far one",
"furthest from the camera", "at the back", "rearmost" mean behind. A "which is bigger" between two things is asked
only where their size classes differ, and answered with the word that tells the bigger one from the other (its shape,
or its colour where both are balls). Answers are the graph's words (gray, sphere, rubber for "matte", "boy" for who is
standing somewhere; "brown, green, purple" for a list, most frequent first, ties alphabetical); yes/no answers are
"yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), the blind_gold.py and
blind_helpers.py helpers it imports, the first five lines of blind66.jsonl (for the line format), and the scenes
themselves (photo_scenes.json and the CLEVR val scenes file, inspected with small Python snippets). No question was
run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through
``--check``.

Run ``python build_blind82.py`` to write ``../blind82.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Clevr, n, question_recorder, write_set, yes  # noqa: E402
from blind_helpers import (  # noqa: E402
    alike,
    among,
    bigger_of,
    children,
    colour_count,
    drawn_bigger_of,
    drawn_larger,
    every,
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

OUT = Path(__file__).resolve().parents[1] / "blind82.jsonl"
Q, C, P, X = question_recorder()

OPPOSITE = {"left": "right", "right": "left", "front": "behind", "behind": "front"}


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def nearest(s: Clevr, anchor: int, relation: str, k: int = 1, **want) -> int:
    """The k-th object (with the given attributes) that is ``relation`` of the anchor, counted outwards from the
    anchor ("the first thing you reach going right"); NotUnique when the anchor or a neighbour is too close to call."""
    return nth(s, among(s, related(s, relation, anchor), **want), OPPOSITE[relation], k)


def same_value(s: Clevr, a: int, b: int, attribute: str) -> str:
    return yes(s.a(a, attribute) == s.a(b, attribute))


def yellow_rectangle(p) -> str:
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Wen, a warehouse picker reading a pick list off a headset
C(
    "superlative",
    49,
    "Pick two: second unit from the left end of the bay — what colour is it?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "superlative",
    49,
    "Next pick's the unit nearest me, front of the bay. What shape is that one?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "chain",
    49,
    "The green cube — whatever's sat to its right, there's only the one thing I think — what's that made of?",
    "q(u(rel(u(sel(cube)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="cube"))), "material"),
)
C(
    "spatial",
    49,
    "How many of the balls are sitting behind the cyan one? Just balls, not the other stock.",
    "count(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="cyan")), shape="sphere")),
)
C(
    "count",
    49,
    "Balls and cylinders together — how many units is that to pick?",
    "count(union(sel(sphere), sel(cylinder)))",
    lambda s: n(s.f(shape=("sphere", "cylinder"))),
)
C(
    "compare_attr",
    49,
    "Last unit at the right-hand end and the one nearest me — same colour, or have I got two different lines?",
    "same(ord(scene(), right, 1), ord(scene(), front, 1), color)",
    lambda s: same_value(s, nth(s, s.all(), "right"), nth(s, s.all(), "front"), "color"),
)
X(49, "What's the SKU on that big purple ball? The scanner won't read it.")

# --- Kofi, eight, typing it himself
C(
    "verify",
    49,
    "is the ball thats furthest to the left the big one",
    "verify(ord(sel(sphere), left, 1), size, large)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "left"), "size") == "large"),
)
C(
    "superlative",
    49,
    "what colour is the second ball from the front",
    "q(ord(sel(sphere), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front", 2), "color"),
)
C(
    "verify",
    49,
    "is the thing right at the very back a cube",
    "verify(ord(scene(), behind, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cube"),
)
C(
    "spatial",
    49,
    "how many things are in front of the big purple ball",
    "count(rel(u(f(sel(sphere), size=large)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large"))),
)
C(
    "chain",
    49,
    "whats the colour of the thing right next to the cyan ball on its right side",
    "q(ord(rel(u(f(sel(sphere), color=cyan)), right), left, 1), color)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="cyan"), "right"), "color"),
)
C(
    "negation",
    49,
    "how many things arent balls",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)

# scene 52: large blue metal cube (right), large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Marek, a robot-arm operator
C(
    "superlative",
    52,
    "Target acquisition: the object furthest from the camera. Report its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "superlative",
    52,
    "Gripper's parked over the leftmost cube. What's that cube made of?",
    "q(ord(sel(cube), left, 1), material)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "material"),
)
C(
    "superlative",
    52,
    "Counting cubes from the right, the second one — colour?",
    "q(ord(sel(cube), right, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right", 2), "color"),
)
C(
    "spatial",
    52,
    "I need clearance on the right of the cylinder. How many objects are over that side of it?",
    "count(rel(u(sel(cylinder)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder"))),
)
C(
    "compare_attr",
    52,
    "Front-most cube and back-most cube: same size? It changes the grip width.",
    "same(ord(sel(cube), front, 1), ord(sel(cube), behind, 1), size)",
    lambda s: same_value(s, nth(s, s.f(shape="cube"), "front"), nth(s, s.f(shape="cube"), "behind"), "size"),
)
C(
    "compare_size",
    52,
    "Which is bigger, the cylinder or the brown cube?",
    "q(u(f(union(sel(cylinder), f(sel(cube), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder"), s.the(shape="cube", color="brown")),
)
X(52, "Payload limit on this arm is two kilos. How heavy is the purple cube, roughly?")

# scene 55: large green metal cube (middle), small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Luis, guiding a friend round the picture over the phone
C(
    "chain",
    55,
    "Okay, you see the big green cube more or less in the middle? Go straight back from it — the first thing you hit, what colour is it?",
    "q(ord(rel(u(f(sel(cube), color=green)), behind), front, 1), color)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="green"), "behind"), "color"),
)
C(
    "superlative",
    55,
    "Now go all the way over to the right edge. The very last thing on the right — what shape's that?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    55,
    "Got it? Good. How many things are sitting in front of that little purple cube on the end?",
    "count(rel(u(f(sel(cube), color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="purple"))),
)
C(
    "position",
    55,
    "And is that purple cube on the left side of the picture or the right side, the way you're looking at it?",
    "choose(u(f(sel(cube), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="purple")),
)
C(
    "spatial",
    55,
    "There's three purple balls, one of them shiny. The shiny one — is it in front of the red cube?",
    "exist(f(rel(u(f(sel(cube), color=red)), front), color=purple, material=metal, shape=sphere))",
    lambda s: is_rel(
        s, {"shape": "sphere", "color": "purple", "material": "metal"}, "front", {"shape": "cube", "color": "red"}
    ),
)
X(55, "Whereabouts did you get these, anyway? I want the same set for my nephew.")

# --- Ines, a Portuguese visitor
C(
    "superlative",
    55,
    "The ball more to the left, which colour is?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
C(
    "superlative",
    55,
    "And the second cube counting from the front, is big or small?",
    "choose(ord(sel(cube), front, 2), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front", 2), "size"),
)
C(
    "compare_attr",
    55,
    "The cylinders, they are of the same colour?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "exist",
    55,
    "Behind of the red cube, there is something?",
    "exist(rel(u(f(sel(cube), color=red)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", color="red")))),
)
C(
    "spatial",
    55,
    "How many things is at the left of the gray cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="gray"))),
)
C(
    "verify",
    55,
    "The thing in front of all the others, it is made of metal?",
    "verify(ord(scene(), front, 1), material, metal)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "material") == "metal"),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Kev, a football referee
C(
    "superlative",
    59,
    "Who's the last man at the back? Give me the colour.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "same_attr",
    59,
    "How many others are wearing the same colour as that brown one at the back?",
    "count(same_attr(ord(scene(), behind, 1), color))",
    lambda s: n(others(s, nth(s, s.all(), "behind"), "color")),
)
C(
    "superlative",
    59,
    "Second from the back — what shape?",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "spatial",
    59,
    "How many are ahead of the blue cylinder — in front of it, towards me?",
    "count(rel(u(f(sel(cylinder), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="blue"))),
)
C(
    "verify",
    59,
    "The cyan cylinder out on the right wing — is that a big one?",
    "verify(u(f(sel(cylinder), color=cyan)), size, large)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="cyan"), "size") == "large"),
)
C(
    "count",
    59,
    "Players in purple: how many have we got?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
X(59, "Was the cyan one offside just before this was taken? I need to see the replay.")

# --- Dave, a lifeguard scanning the pool
C(
    "superlative",
    59,
    "Closest one in to me — what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "verify",
    59,
    "Farthest one out, right at the back — is that a ball?",
    "verify(ord(scene(), behind, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "sphere"),
)
C(
    "chain",
    59,
    "The little purple cylinder — the nearest thing on its right-hand side, what shape is it?",
    "q(ord(rel(u(f(sel(cylinder), size=small)), right), left, 1), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", size="small"), "right"), "shape"),
)
C(
    "spatial",
    59,
    "How many big ones are off to the left of the blue cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=blue)), left), size=large))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="blue")), size="large")),
)
C(
    "exist",
    59,
    "Anything metal out there at all?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_count",
    59,
    "More cylinders than balls in the water, would you say?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)

# scene 54 (all large): green rubber cube (front), brown metal cyl (back), gray rubber cube (far right), gray rubber cube (far left)

# --- Viktor, a chess player
C(
    "superlative",
    54,
    "The piece on the far left file — what colour is it?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "superlative",
    54,
    "The piece furthest back, on the last rank from me — of what material is it?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "verify",
    54,
    "The piece closest to me: is it a cube?",
    "verify(ord(scene(), front, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "cube"),
)
C(
    "spatial",
    54,
    "How many pieces stand to the right of the green cube?",
    "count(rel(u(f(sel(cube), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="green"))),
)
C(
    "chain",
    54,
    "From the green cube, go right to the nearest piece. Which shape has it?",
    "q(ord(rel(u(f(sel(cube), color=green)), right), left, 1), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cube", color="green"), "right"), "shape"),
)
C(
    "quantifier",
    54,
    "Are all the pieces here of one size?",
    "same(scene(), size)",
    lambda s: alike(s, s.all(), "size"),
)
X(54, "If I push the cylinder forward one square, is that a good move?")

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Clementine, a museum guide
C(
    "superlative",
    38,
    "If you'll follow me to the far left of the display: the first piece there — what is it made of?",
    "q(ord(scene(), left, 1), material)",
    lambda s: s.a(nth(s, s.all(), "left"), "material"),
)
C(
    "superlative",
    38,
    "Moving along, the second piece from the left — what shape is that one?",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "superlative",
    38,
    "At the very back of the case stands a rather tall piece. Its colour, please?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    38,
    "How many of the spheres are displayed to the right of the red one?",
    "count(f(rel(u(f(sel(sphere), color=red)), right), shape=sphere))",
    lambda s: n(among(s, related(s, "right", s.the(shape="sphere", color="red")), shape="sphere")),
)
C(
    "superlative",
    38,
    "Now, of our two green spheres, the one nearer to us — is it the matte rubber one or the polished metal one?",
    "choose(ord(f(sel(sphere), color=green), front, 1), material, [rubber, metal])",
    lambda s: s.a(nth(s, s.f(shape="sphere", color="green"), "front"), "material"),
)
X(38, "Which artist made this arrangement, and in what year was it first shown?")

# --- Pim, a terse Dutch cyclist
C(
    "superlative",
    38,
    "Rightmost object. Colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    38,
    "How many things stand left of the rubber cylinder?",
    "count(rel(u(f(sel(cylinder), material=rubber)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", material="rubber"))),
)
C(
    "compare_size",
    38,
    "Red ball bigger than the cylinder at the back?",
    "larger(u(f(sel(sphere), color=red)), ord(sel(cylinder), behind, 1))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), nth(s, s.f(shape="cylinder"), "behind")),
)
C(
    "compare_attr",
    38,
    "Front one and the one just behind it. Same colour?",
    "same(ord(scene(), front, 1), ord(scene(), front, 2), color)",
    lambda s: same_value(s, nth(s, s.all(), "front"), nearest(s, nth(s, s.all(), "front"), "behind"), "color"),
)
C(
    "exist",
    38,
    "Any spheres behind the metal cylinder?",
    "exist(f(rel(u(f(sel(cylinder), material=metal)), behind), shape=sphere))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="cylinder", material="metal")), shape="sphere"))),
)

# scene 57: small brown metal cyl (middle), large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Rosie, six
C(
    "superlative",
    57,
    "the ball at the very back what colour is it",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "superlative",
    57,
    "which one is closest to me what shape",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "verify",
    57,
    "the one all the way on the left is it a ball",
    "verify(ord(scene(), left, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "left"), "shape") == "sphere"),
)
C(
    "verify",
    57,
    "is the brown thing big",
    "verify(u(f(scene(), color=brown)), size, large)",
    lambda s: yes(s.a(only(s.f(color="brown")), "size") == "large"),
)
C("count", 57, "how many boxes are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_size",
    57,
    "is the box on the right end bigger than the little brown thing",
    "larger(ord(sel(cube), right, 1), u(f(scene(), color=brown)))",
    lambda s: larger(s, nth(s, s.f(shape="cube"), "right"), only(s.f(color="brown"))),
)
X(57, "does the yellow ball have a name i want to call it sunny")

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- Gwen, a land surveyor
C(
    "superlative",
    32,
    "Reading left to right, the third object along — what's it made of?",
    "q(ord(scene(), left, 3), material)",
    lambda s: s.a(nth(s, s.all(), "left", 3), "material"),
)
C(
    "superlative",
    32,
    "And the last object in that reading, at the right-hand end — its shape?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "spatial",
    32,
    "How many objects lie behind the red sphere?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "two_clause",
    32,
    "The rearmost object: is it both large and yellow?",
    "and_(verify(ord(scene(), behind, 1), size, large), verify(ord(scene(), behind, 1), color, yellow))",
    lambda s: yes(
        s.a(nth(s, s.all(), "behind"), "size") == "large" and s.a(nth(s, s.all(), "behind"), "color") == "yellow"
    ),
)
C(
    "compare_attr",
    32,
    "Cube nearest the front and cube furthest back — same colour?",
    "same(ord(sel(cube), front, 1), ord(sel(cube), behind, 1), color)",
    lambda s: same_value(s, nth(s, s.f(shape="cube"), "front"), nth(s, s.f(shape="cube"), "behind"), "color"),
)
X(32, "What are the real dimensions of these in centimetres? I need a scale bar for the plan.")

# --- Jun-ho, a Korean student
C(
    "superlative",
    32,
    "The object at most left side, what colour it has?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "spatial",
    32,
    "Right side of the red cube, how many gray things are there?",
    "count(f(rel(u(f(sel(cube), color=red)), right), color=gray))",
    lambda s: n(among(s, related(s, "right", s.the(shape="cube", color="red")), color="gray")),
)
C(
    "attribute",
    32,
    "Only one big object is there, I think. Which shape is it?",
    "q(u(f(scene(), size=large)), shape)",
    lambda s: s.a(only(s.f(size="large")), "shape"),
)
C(
    "spatial",
    32,
    "The small sphere, it is in front of the cylinder?",
    "exist(f(rel(u(sel(cylinder)), front), size=small, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "size": "small"}, "front", {"shape": "cylinder"}),
)
C(
    "superlative",
    32,
    "Cube in second place from the front, which colour?",
    "q(ord(sel(cube), front, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front", 2), "color"),
)
C(
    "compare_count",
    32,
    "There are more cubes than spheres here, or not?",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Bex, a wedding photographer lining up a group shot
C(
    "superlative",
    48,
    "Right, for the group shot — the one on the far right end, what colour are they?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "superlative",
    48,
    "Whoever's right at the back of the group — what shape is that?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    48,
    "Front and centre we've got the little yellow cube. How many are stood to its left?",
    "count(rel(u(f(sel(cube), color=yellow)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="yellow"))),
)
C(
    "superlative",
    48,
    "Second from the left — what colour's that one?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "chain",
    48,
    "The yellow ball — who's stood nearest it on its right-hand side? What shape?",
    "q(ord(rel(u(f(sel(sphere), color=yellow)), right), left, 1), shape)",
    lambda s: s.a(nearest(s, s.the(shape="sphere", color="yellow"), "right"), "shape"),
)
C(
    "quantifier",
    48,
    "Apart from the yellow ball, is everybody metal?",
    "not_(exist(fn(diff(scene(), f(sel(sphere), color=yellow)), material=metal)))",
    lambda s: every(s, [i for i in s.all() if i != s.the(shape="sphere", color="yellow")], material="metal"),
)
X(48, "What time's the first dance? I'm meant to be back in the hall by then.")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Malcolm, a lawn-bowls player
C(
    "superlative",
    56,
    "Which one's lying nearest the front? Colour, if you would.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "superlative",
    56,
    "And the one lying furthest back — a cube or a ball?",
    "choose(ord(scene(), behind, 1), shape, [cube, sphere])",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    56,
    "How many are lying to the left of the green cylinder?",
    "count(rel(u(f(sel(cylinder), color=green)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    56,
    "The one just in front of the cylinder — the nearest on the near side of it — what colour's that?",
    "q(ord(rel(u(sel(cylinder)), front), behind, 1), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder"), "front"), "color"),
)
C(
    "spatial",
    56,
    "Is the big brown cube lying to the right of the cylinder?",
    "exist(f(rel(u(sel(cylinder)), right), size=large, color=brown, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "size": "large", "color": "brown"}, "right", {"shape": "cylinder"}),
)
C(
    "number",
    56,
    "How many different colours have we got out there?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(56, "Whose turn is it to bowl next, do you know?")

# scene 50 (all rubber): large purple sph (front), large red cyl (far right), small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Grandpa Ollie, on a video call with his granddaughter
C(
    "superlative",
    50,
    "Now, sweetheart, Grandpa's looking at the same picture as you. The one nearest to us, right at the front — what colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "superlative",
    50,
    "And the one hiding way at the back — what colour is that one?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "count",
    50,
    "How many green things can you see? Count them out loud for Grandpa.",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "verify",
    50,
    "Second from the right — is that one a cylinder?",
    "verify(ord(scene(), right, 2), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "right", 2), "shape") == "cylinder"),
)
C(
    "chain",
    50,
    "The little blue cube — the very next thing along to the right of it, is that a ball?",
    "verify(ord(rel(u(f(sel(cube), color=blue)), right), left, 1), shape, sphere)",
    lambda s: yes(s.a(nearest(s, s.the(shape="cube", color="blue"), "right"), "shape") == "sphere"),
)
X(50, "Which one do you think Nana would like best?")

# --- Mehmet, a Turkish barber
C(
    "spatial",
    50,
    "The purple ball in front — how many small things are behind him?",
    "count(f(rel(u(f(sel(sphere), color=purple)), behind), size=small))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="sphere", color="purple")), size="small")),
)
C(
    "position",
    50,
    "The big cube — it is on left side of the picture or right side?",
    "choose(u(f(sel(cube), size=large)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", size="large")),
)
C(
    "superlative",
    50,
    "From the two cylinders, the one more on the right, what colour?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "quantifier",
    50,
    "The cubes, they are all small ones?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "compare_attr",
    50,
    "Yellow cube and cyan ball, they have the same size?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=cyan)), size)",
    lambda s: same_value(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", color="cyan"), "size"),
)
C(
    "number",
    50,
    "How many different colours has this picture, my friend?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Dwayne, a car-park attendant
C(
    "superlative",
    35,
    "Which one's parked furthest back? What colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "two_clause",
    35,
    "The one in the front row, nearest me — is that the red ball? Red, and a ball?",
    "and_(verify(ord(scene(), front, 1), color, red), verify(ord(scene(), front, 1), shape, sphere))",
    lambda s: yes(
        s.a(nth(s, s.all(), "front"), "color") == "red" and s.a(nth(s, s.all(), "front"), "shape") == "sphere"
    ),
)
C(
    "superlative",
    35,
    "Second from the left — what's that one made of?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
C(
    "spatial",
    35,
    "How many are parked to the right of the gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="gray"))),
)
C(
    "superlative",
    35,
    "Last one over on the right end — big or small?",
    "choose(ord(scene(), right, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.all(), "right"), "size"),
)
X(35, "How long has the green one been sitting there? I need to know whether to ticket it.")

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Fergus, a golf caddie
C(
    "superlative",
    36,
    "From where we're standing, the far ball — what colour's that one?",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "superlative",
    36,
    "And the near one, closest to us — what is it, shape-wise?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    36,
    "How many balls lie to the left of the brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), color=brown)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cylinder", color="brown")), shape="sphere")),
)
C(
    "superlative",
    36,
    "Ball furthest right — big or small?",
    "choose(ord(sel(sphere), right, 1), size, [large, small])",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "size"),
)
C(
    "position",
    36,
    "That big purple ball — which side of the picture is it on?",
    "choose(u(f(sel(sphere), color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="purple")),
)
C(
    "exist",
    36,
    "Is there anything lying behind the cyan ball?",
    "exist(rel(u(f(sel(sphere), color=cyan)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="sphere", color="cyan")))),
)
X(36, "What club would you take from here — a seven iron?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl, large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Sian, a rally co-driver calling pace notes
C(
    "chain",
    15,
    "Start at the big green cylinder on the far left. Then go right: first thing you reach — what colour?",
    "q(ord(rel(u(f(sel(cylinder), color=green)), right), left, 1), color)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="green"), "right"), "color"),
)
C(
    "chain",
    15,
    "Keep going right from the green cylinder — the second thing along, what shape?",
    "q(ord(rel(u(f(sel(cylinder), color=green)), right), left, 2), shape)",
    lambda s: s.a(nearest(s, s.the(shape="cylinder", color="green"), "right", 2), "shape"),
)
C(
    "superlative",
    15,
    "Finish is the far right. What's sitting right at the end — colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    15,
    "How many things are in front of the small purple cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=purple)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", size="small", color="purple"))),
)
C(
    "exist",
    15,
    "Hazard check: anything behind the little blue cube?",
    "exist(rel(u(f(sel(cube), color=blue)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", color="blue")))),
)
X(15, "What's the stage time we need to beat? Give me the leader's split.")

# --- Giulia, an Italian visitor
C(
    "superlative",
    15,
    "The ball most in front, of which colour it is?",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "chain",
    15,
    "Behind the green ball, the cylinder more near to it — is made of metal?",
    "verify(ord(f(rel(u(f(sel(sphere), color=green)), behind), shape=cylinder), front, 1), material, metal)",
    lambda s: yes(
        s.a(nearest(s, s.the(shape="sphere", color="green"), "behind", shape="cylinder"), "material") == "metal"
    ),
)
C(
    "count",
    15,
    "How many cylinders are big?",
    "count(f(sel(cylinder), size=large))",
    lambda s: n(s.f(shape="cylinder", size="large")),
)
C(
    "compare_size",
    15,
    "The red ball and the yellow ball — which one is more big?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(sphere), color=yellow)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="yellow"), "color"),
)
C(
    "list",
    15,
    "Which colours have the cylinders? Tell me all of them.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "superlative",
    15,
    "The second from the left, is small or big?",
    "choose(ord(scene(), left, 2), size, [large, small])",
    lambda s: s.a(nth(s, s.all(), "left", 2), "size"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Dami, on the phone telling a mate where to look
P(
    "superlative",
    "street",
    "Mate, you see the three people? The middle one of the three — what colour's she got on?",
    "q(ord(sel(person), left, 2), color)",
    lambda p: p.value(side_of(p, people(p), "left", 2), "color"),
)
P(
    "chain",
    "street",
    "Now the fella furthest left — what colour's his tie?",
    "q(u(rel(ord(sel(man), left, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "left")), "color"),
)
P(
    "text",
    "street",
    "There's writing painted on the road as well — what's it say?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "position",
    "street",
    "The car — is it over on the left of the picture or the right?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "chain",
    "street",
    "That woman in the middle's holding a dog, yeah? What colour's the dog?",
    "q(u(rel(u(sel(woman)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman"), "holding")), "color"),
)
X("street", "Which of these buses goes to the airport, d'you know?")

# --- Mr Okonkwo, a driving instructor
P(
    "chain",
    "street",
    "Mirror check. The car sitting to the left of the bus — what colour is it?",
    "q(u(rel(u(sel(bus)), left, name=car)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bus")), "car")), "color"),
)
P(
    "text",
    "street",
    "The sign up in the top right corner — read it out to me. What does it say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "spatial",
    "street",
    "Is that sign to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "spatial",
    "street",
    "How many men are standing to the left of the bus?",
    "count(rel(u(sel(bus)), left, name=man))",
    lambda p: n(named(p, p.subjects("left", p.the("bus")), "man")),
)
P(
    "where",
    "street",
    "The woman in green — is she in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "attribute",
    "street",
    "The big vehicle in the middle of the picture, the bus — what colour is it?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)

# --- Leila, a street photographer
P(
    "attribute",
    "street",
    "Frame left there's a man — what colour's he wearing?",
    "q(u(f(sel(man), hposition=left)), color)",
    lambda p: p.value(p.the("man", hposition="left"), "color"),
)
P(
    "attribute",
    "street",
    "Which vehicle sits at the bottom of the frame?",
    "q(u(f(sel(vehicle), vposition=bottom)), name)",
    lambda p: p.name(only([o for o in p.f(("bus", "car")) if p.value(o, "vposition") == "bottom"])),
)
P(
    "spatial",
    "street",
    "Is the woman in the middle of the frame standing in front of the bus?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "count",
    "street",
    "Of the three figures, how many have ties on?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "compare_attr",
    "street",
    "The man on the right of the frame — is his tie the same colour as the bus?",
    "same(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), u(sel(bus)), color)",
    lambda p: yes(p.value(worn_by(p, p.the("man", hposition="right")), "color") == p.value(p.the("bus"), "color")),
)
X("street", "What lens do you reckon this was shot on? Looks like a thirty-five to me.")

# --- Sergei, a Russian courier
P(
    "chain",
    "street",
    "Please, the person second from right — what she holds?",
    "q(u(rel(ord(sel(person), right, 2), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(side_of(p, people(p), "right", 2), "holding"))),
)
P(
    "attribute",
    "street",
    "This dog is small or big?",
    "choose(u(sel(dog)), size, [small, large])",
    lambda p: p.value(p.the("dog"), "size"),
)
P(
    "text",
    "street",
    "On the bus there is writing. What it says?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "position",
    "street",
    "Stop sign is in top of picture or in bottom?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "chain",
    "street",
    "The man at left of the woman, he wears which colour of tie?",
    "q(u(rel(u(rel(u(sel(woman)), left, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("left", p.the("woman")), "man"))), "color"),
)
X("street", "What is the address of this street? I have parcel for here.")

# kitchen: red cup (left), white plate, metal fork near the plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table; white clock '12:30' above the table; woman in yellow on the right

# --- Jo, a chef talking a new porter through the pass
P(
    "superlative",
    "kitchen",
    "Grab me the cup on the far right — what colour is it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "superlative",
    "kitchen",
    "What colour's the middle one of the three cups?",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "chain",
    "kitchen",
    "Right of the blue cup there's a bottle. What's on its label?",
    "q(u(rel(u(f(sel(cup), color=blue)), right, name=bottle)), text)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("cup", color="blue")), "bottle")), "text"),
)
P(
    "count",
    "kitchen",
    "How many things are laid on the table, all in?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "The fork — what's it lying near?",
    "q(u(rel(u(sel(fork)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("fork")))),
)
X("kitchen", "What's the soup of the day? Don't tell me it's gazpacho again.")

# --- Anneke, a Dutch au pair
P(
    "superlative",
    "kitchen",
    "The first cup from the left, which colour has it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "text",
    "kitchen",
    "The clock above the table, which time shows it?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "The woman at the right side, she wears which colour?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "number",
    "kitchen",
    "How many different colours have the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "Is the bottle at the left of the white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "bottle"))),
)
P(
    "exist",
    "kitchen",
    "Lies there also a spoon on the table?",
    "exist(rel(u(sel(table)), on, name=spoon))",
    lambda p: yes(bool(named(p, on_table(p), "spoon"))),
)

# --- Sunil, programming a home robot
P(
    "superlative",
    "kitchen",
    "Target: the second item from the left on the table. What is it?",
    "q(ord(rel(u(sel(table)), on), left, 2), name)",
    lambda p: p.name(side_of(p, on_table(p), "left", 2)),
)
P(
    "superlative",
    "kitchen",
    "Next target: third item from the left on the table. Name it.",
    "q(ord(rel(u(sel(table)), on), left, 3), name)",
    lambda p: p.name(side_of(p, on_table(p), "left", 3)),
)
P(
    "superlative",
    "kitchen",
    "Rightmost item on the table — what object is that?",
    "q(ord(rel(u(sel(table)), on), right, 1), name)",
    lambda p: p.name(side_of(p, on_table(p), "right")),
)
P(
    "attribute",
    "kitchen",
    "What material is the fork? The gripper needs to know.",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the white cup?",
    "vrel(u(f(sel(cup), color=white)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="white")), "woman"))),
)
P(
    "compare_count",
    "kitchen",
    "On the table: are there more cups than bottles?",
    "gt(count(rel(u(sel(table)), on, name=cup)), count(rel(u(sel(table)), on, name=bottle)))",
    lambda p: yes(len(named(p, on_table(p), "cup")) > len(named(p, on_table(p), "bottle"))),
)

# --- Dolores, a grandmother
P(
    "verify",
    "kitchen",
    "Mijo, the cup in the middle, it's the blue one, no?",
    "verify(ord(sel(cup), left, 2), color, blue)",
    lambda p: yes(p.value(side_of(p, p.f("cup"), "left", 2), "color") == "blue"),
)
P(
    "chain",
    "kitchen",
    "What colour is the plate, the one just right of the red cup?",
    "q(u(rel(u(f(sel(cup), color=red)), right, name=plate)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("cup", color="red")), "plate")), "color"),
)
P(
    "verify",
    "kitchen",
    "The table, it's made of wood?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "compare_attr",
    "kitchen",
    "The cup just to the right of the bottle — is it the same colour as the plate?",
    "same(u(rel(u(sel(bottle)), right, name=cup)), u(sel(plate)), color)",
    lambda p: yes(
        p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color")
        == p.value(p.the("plate"), "color")
    ),
)
P(
    "text",
    "kitchen",
    "And the bottle, what does it say on it? My eyes, ay.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
X("kitchen", "Who made this table, do you know? It's so nice, I want one just like it.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Priyanka, a babysitter keeping count of children
P(
    "superlative",
    "park",
    "The kid nearest the left edge — what's that one wearing, colour?",
    "q(ord(sel(child), left, 1), color)",
    lambda p: p.value(side_of(p, children(p), "left"), "color"),
)
P(
    "superlative",
    "park",
    "Who's second from the left — a man, a woman, a boy or a girl?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "The last person on the right — is she near a dog?",
    "vrel(ord(sel(person), right, 1), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", side_of(p, people(p), "right")), "dog"))),
)
P(
    "chain",
    "park",
    "What colour's the thing the boy's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Who's that standing near the bike?",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
X("park", "Is it going to rain before we get home, do you think? It looks grey.")

# --- Moses, a dog trainer
P(
    "chain",
    "park",
    "Two dogs. The one on the left — who's holding it?",
    "q(u(rel(ord(sel(dog), left, 1), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", side_of(p, p.f("dog"), "left")))),
)
P(
    "superlative",
    "park",
    "And the dog on the right-hand side — what colour?",
    "q(ord(sel(dog), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("dog"), "right"), "color"),
)
P(
    "spatial",
    "park",
    "Is that white dog near the girl?",
    "vrel(u(f(sel(dog), color=white)), near, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "near", p.the("dog", color="white"))),
)
P(
    "compare_attr",
    "park",
    "The two dogs — same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "chain",
    "park",
    "The woman holding the black dog — what colour is she wearing?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), color)",
    lambda p: p.value(only(p.subjects("holding", p.the("dog", color="black"))), "color"),
)
X("park", "What breed's the black one? Looks like a lab cross to me.")

# --- Ayşe, a Turkish tourist
P(
    "verify",
    "park",
    "Behind the woman in red there is a tree — this tree is at the top of the picture?",
    "verify(u(rel(u(f(sel(woman), color=red)), behind)), vposition, top)",
    lambda p: yes(p.value(only(p.subjects("behind", p.the("woman", color="red"))), "vposition") == "top"),
)
P(
    "attribute",
    "park",
    "The bench is of which colour?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "spatial",
    "park",
    "How many women are standing at left of the girl?",
    "count(rel(u(sel(girl)), left, name=woman))",
    lambda p: n(named(p, p.subjects("left", p.the("girl")), "woman")),
)
P(
    "spatial",
    "park",
    "The bench stands at left of the bicycle?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "Which colour is the woman in the middle?",
    "q(u(f(sel(woman), hposition=middle)), color)",
    lambda p: p.value(p.the("woman", hposition="middle"), "color"),
)
P("count", "park", "In this park how many dogs there are?", "count(sel(dog))", lambda p: n(p.f("dog")))

# --- Olu, a park warden on the radio
P(
    "superlative",
    "park",
    "Third person from the left — what's she wearing, colour?",
    "q(ord(sel(person), left, 3), color)",
    lambda p: p.value(side_of(p, people(p), "left", 3), "color"),
)
P(
    "count",
    "park",
    "How many trees are up at the top of the frame?",
    "count(f(sel(tree), vposition=top))",
    lambda p: n(p.f("tree", vposition="top")),
)
P(
    "two_clause",
    "park",
    "The bench — is it green, and is it wooden?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bench)), material, wood))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "What's the boy standing near?",
    "q(u(rel(u(sel(boy)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("boy")))),
)
P(
    "spatial",
    "park",
    "Is the girl to the right of the boy?",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
X("park", "Who owns the red bike? Someone's left it by the path again.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Achterberg, a teacher at the board
P(
    "superlative",
    "shapes",
    "Eyes on the board, everyone. Top row, far right — what shape have I drawn there?",
    "q(ord(f(scene(), vposition=top), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "shape"),
)
P(
    "attribute",
    "shapes",
    "Bottom row, the one in the middle — what colour?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "color"),
)
P(
    "count",
    "shapes",
    "How many shapes are there in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "Is the shape in the top-left corner bigger than the one in the bottom-right corner?",
    "larger(u(f(scene(), hposition=left, vposition=top)), u(f(scene(), hposition=right, vposition=bottom)))",
    lambda p: drawn_larger(p, p.the(hposition="left", vposition="top"), p.the(hposition="right", vposition="bottom")),
)
P(
    "attribute",
    "shapes",
    "Which shape sits all on its own in the middle row?",
    "q(u(f(scene(), vposition=middle)), shape)",
    lambda p: p.value(p.the(vposition="middle"), "shape"),
)
X("shapes", "Who can tell me who first drew a hexagon? Anyone? There's a bonus point in it.")

# --- Lucía, five, with her dad typing
P(
    "verify",
    "shapes",
    "the circle at the top is it red",
    "verify(u(f(sel(circle), vposition=top)), color, red)",
    lambda p: yes(p.value(p.the("circle", vposition="top"), "color") == "red"),
)
P("count", "shapes", "how many blue ones", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P(
    "superlative",
    "shapes",
    "whats the last shape on the bottom at the right",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "exist",
    "shapes",
    "is there a green star",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the triangle or the square",
    "q(u(f(union(sel(triangle), sel(square)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("triangle"), p.the("square")),
)
X("shapes", "can you make the star all sparkly")

# --- Ife, a graphic designer on a call
P(
    "superlative",
    "shapes",
    "Second from the left in the top row — what colour is it?",
    "q(ord(f(scene(), vposition=top), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "color"),
)
P(
    "verify",
    "shapes",
    "Bottom row, leftmost element — is that a rectangle?",
    "verify(ord(f(scene(), vposition=bottom), left, 1), shape, rectangle)",
    lambda p: yes(p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape") == "rectangle"),
)
P(
    "count",
    "shapes",
    "How many elements sit on the right-hand side of the layout?",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "compare_attr",
    "shapes",
    "The two circles — are they the same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "list",
    "shapes",
    "Which colours are in the bottom row? Just list them for me.",
    "values(f(scene(), vposition=bottom), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="bottom")),
)
X("shapes", "What font would you pair with this layout?")

# --- Tariq, a drone pilot
P(
    "position",
    "shapes",
    "Waypoint one: top-left corner. What shape's there?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "position",
    "shapes",
    "Waypoint two: bottom-left corner. Colour of the target?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "position",
    "shapes",
    "Dead centre of the grid — circle or hexagon?",
    "choose(u(f(scene(), hposition=middle, vposition=middle)), shape, [circle, hexagon])",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "count",
    "shapes",
    "How many large targets on the grid?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "exist",
    "shapes",
    "Anything purple or orange anywhere on the grid?",
    "exist(union(f(scene(), color=purple), f(scene(), color=orange)))",
    lambda p: yes(bool(p.f(color="purple") + p.f(color="orange"))),
)
X("shapes", "What's the wind speed up there right now? I don't want to lose the drone.")

# --- Hannelore, a German pensioner
P(
    "position",
    "shapes",
    "The shape in the corner below on the right, which colour has it?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "count",
    "shapes",
    "In the lower row, how many shapes are small?",
    "count(f(scene(), vposition=bottom, size=small))",
    lambda p: n(p.f(vposition="bottom", size="small")),
)
P(
    "compare_attr",
    "shapes",
    "The star and the little circle: do they have the same colour?",
    "same(u(sel(star)), u(f(sel(circle), size=small)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="small"), "color")),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have the same colour like the square?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the triangle in the upper row and at the right?",
    "and_(verify(u(sel(triangle)), vposition, top), verify(u(sel(triangle)), hposition, right))",
    lambda p: yes(
        p.value(p.the("triangle"), "vposition") == "top" and p.value(p.the("triangle"), "hposition") == "right"
    ),
)

# --- Pádraig, a pub quizmaster
P(
    "negation",
    "shapes",
    "Question one: how many shapes are not blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
P(
    "superlative",
    "shapes",
    "Question two: the rightmost shape in the top row — what colour is it?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "compare_size",
    "shapes",
    "Question three: which is bigger, the star or the yellow rectangle?",
    "q(u(f(union(sel(star), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), yellow_rectangle(p)),
)
P(
    "number",
    "shapes",
    "Question four: how many different colours appear in the bottom row?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "compare_count",
    "shapes",
    "Question five: are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
X("shapes", "Bonus round: who painted the famous picture with the melting clocks?")

# --- Theo, nine, on a walkie-talkie
P(
    "position",
    "shapes",
    "Come in. What's in the bottom middle? Over.",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the thing in the top middle a square? Over.",
    "verify(u(f(scene(), hposition=middle, vposition=top)), shape, square)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="top"), "shape") == "square"),
)
P("count", "shapes", "How many circles have you got? Over.", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "negation",
    "shapes",
    "Apart from the triangle, is anything green? Over.",
    "exist(diff(f(scene(), color=green), sel(triangle)))",
    lambda p: yes(bool([o for o in p.f(color="green") if o != p.the("triangle")])),
)
P(
    "position",
    "shapes",
    "The hexagon — left side or right side? Over.",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)

# --- Walt, an old carpenter who calls the shapes pieces
P(
    "superlative",
    "shapes",
    "Top row, second from the right — what shape's that piece?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are all the pieces in the top row big ones?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "count",
    "shapes",
    "How many rectangles are there, if you count the square as one?",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the red circle up top bigger than the red star down below?",
    "larger(u(f(sel(circle), color=red)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("star")),
)
P(
    "superlative",
    "shapes",
    "Going left to right across the whole drawing, which piece comes first? What shape?",
    "q(ord(scene(), left, 1), shape)",
    lambda p: p.value(side_of(p, list(p.objects), "left"), "shape"),
)
X("shapes", "What sort of wood would you cut these shapes from? Pine'd only split.")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
