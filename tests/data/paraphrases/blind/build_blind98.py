# ruff: noqa: E501
"""Blind paraphrase set 98: a forty-first fresh crowd with no common theme. Forty-two ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Kwame, a Ghanaian nursing student, polite and formal ("Good evening", "Kindly",
"I beg"); Pete, a Bristol plumber on his lunch break ("Alright mate", "gert big", "proper shiny", "cheers"); Inês, a
physiotherapist from Porto ("Is possible to know", "of red colour", "Say me the shape"); Ollie, nine, spelling as he
goes ("how meny", "wat colour"); Marjorie, seventy-one, on her new tablet and signing her messages ("I hope I'm doing
this right", "Thank you in advance, Marjorie"); Dev, a security guard on a quiet night shift ("on the monitors",
"Shape'll do"); Chen Wei, a chemistry PhD student writing careful academic English ("May I ask", "Could you confirm
whether ... is metallic"); Tammy, an Alabama hairdresser ("Hon", "lil", "idn't it", "sittin' out front"); Father
Brendan, an Irish parish priest ("I wonder would you tell me", "Would there be"); Yusuf, a Turkish kebab-shop owner in
London ("My friend", "big one or small one", "same colour like"); Ingrid, a Norwegian marine biologist ("I count four
... Can you confirm", "in the sample"); Darnell, a Philadelphia bus driver ("Yo", "this jawn", "ain't", "for real");
Gwen, a Welsh librarian ("if I may ask", "Diolch"); Luis, a Texas construction foreman ("Oye", "we got", "on this
job"); Pavel, a Czech long-haul driver who drops his articles ("How many balls is in picture?", "they are same
shape?"); Kim, a Korean-American accountant ("In aggregate", "Net of the spheres", "the metal count"); Mr Okafor, a
retired Nigerian headmaster ("Kindly tell me the number", "I am asking whether"); Jess, an Australian vet nurse
("G'day", "I reckon", "Heaps of", "crook"); Tariq, a London minicab driver ("Quick one boss", "yeah?", "to be fair");
Helga, an Austrian pensioner writing German-shaped English ("on the picture", "from which material is it", "Which
colour has it?"); Noor, a brisk dentist ("Okay so", "Just to double check"); and Cody, a laconic Wyoming ranch hand
("Purple cube metal?", "you figure"). On the photo-like graphs: Olu, a London cycle courier ("from the saddle",
"about"); Mrs Hawthorne, a retired magistrate ("For the avoidance of doubt", "the gentleman"); Ana, a Romanian care
worker ("what is write on the bus", "persons", "they have same colour?"); Rhys, a Welsh driving instructor
("mirror, signal", "relative to the bus"); Nonna Carla, an Italian grandmother ("Tesoro", "is white?"); Kevin, a
restaurant health inspector ("Item one:", "Noted.", "table surface"); Dolores, a Filipina housekeeper ("Ma'am",
"po"); Tyler, a college freshman ("dude", "lowkey", "like"); Ruth, a childminder ("counting heads", "the little lad"); Arjun,
thirteen and cricket-mad ("bro", "actually"); Jean-Luc, a Québécois dog groomer ("Bonjour!", "the dog black", "eh");
and Marisol, a Bronx paediatric nurse ("Ay", "mija"). On the drawing: Mr Fitzgerald, an Irish maths tutor ("Now so",
"grand"); Ruby, six; Takeshi, a Japanese graphic designer ("Please tell me the number", "is it correct?"); Marcy, an
occupational therapist doing a picture exercise with a stroke patient ("Let's start easy", "Take your time"); Lorenzo,
an Italian tile-layer who calls the shapes pieces ("in the bottom line", "the long yellow one"); Andre, a colour-blind
accountant ("humour me"); Hamid, an Afghan evening-class student ("Teacher give us this picture", "How many triangle
is there?"); and Tessa, a blunt Dutch UX researcher ("Just tell me", "Honestly").

Sentence shapes: bare fragments ("Quick one boss — how many cubes?", "Purple cube metal?", "Colour of the dog?"), fronted
places and topics ("Left of the red cube — how many things stand there?", "In the bottom row, which shape is in the
middle?"), statements with a check ("I count four purple objects. Can you confirm the number?", "Only one big thing in there, yeah?"),
tags and yes/no invitations ("idn't it?", "yeah?", "eh?", "yes or no?", "for real?", "or is it my screen?"), articles
dropped and non-native word order ("How many balls is in picture?", "The sphere is of metal or of rubber?", "what is
write on it?"), comparisons said several ways ("Are there more lil ones than big ones?", "Does the metal count equal the
rubber count?", "Would there be as many brown things as blue ones?", "Fewer cylinders than balls, you figure?"), negatives and
exceptions ("that aren't cylinders", "Net of the spheres", "neither gray nor spheres", "not blue and not red",
"anything made of rubber there that isn't a ball at all"), chains told as little stories ("Little purple ball got a
cylinder behind it, and behind that cylinder there's another ball"), and follow-ups that name what they point back at
("Among the blue shapes, how many are in the bottom row?", "And what's the bench made of, bro?").

The questions cover counts (with conditions, negation, "not", "that aren't", "net of", "together"), existence, an
attribute of one thing, yes/no checks of one value, two checks at once ("Is the sphere made of metal, and is it a
large one?"), comparisons of counts ("more", "fewer", "as many as", "equal") and of attributes (same colour, size,
shape or material), quantifiers ("all", "both", "every single", "the majority", "most"), exceptions, relations (left,
right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals ("furthest back",
"second from the front", "third shape from the left"), other things sharing a value, which of two things is the bigger, a
list of values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and
the drawing, and the text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (22,
30, 27, 14, 2, 0, 21, 25, 18, 19, 16, 13, 12 and 9; one or two people to a scene), about 30% about the photo-like
graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in
the same voice as the person's other questions (prices and weights, opinions and feelings, what happens next, names,
makers and contractors, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no "the cup to the right of the plate", as the eye sees the blue and the white cup there
though the graph states only the blue one). A which-side question is answered with the side; a "which is bigger"
between two things is asked only where their size classes differ, and answered with the word that tells the bigger
one from the other (its shape, or its colour where both are cylinders). Answers are the graph's words (gray, not
grey; sphere, not ball; "gray, red, yellow" for a list, most frequent first, ties alphabetical); yes/no answers are
"yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format and conventions), the first 5 lines of blind66.jsonl (for the line format), the
blind_gold.py and blind_helpers.py helpers it imports, and the scenes themselves (photo_scenes.json and the CLEVR val
scenes.json, inspected with small Python snippets). No question was run through nsvr's parser, planner or ``nsvr
ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind98.py`` to write ``../blind98.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, said_same, write_set, yes  # noqa: E402
from blind_helpers import (  # noqa: E402
    alike,
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

OUT = Path(__file__).resolve().parents[1] / "blind98.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def same_value(view, a, b, attribute: str) -> str:
    """yes/no: two things (CLEVR objects or photo/drawing objects) share one value of ``attribute``."""
    if hasattr(view, "a"):
        return yes(view.a(a, attribute) == view.a(b, attribute))
    return yes(view.value(a, attribute) == view.value(b, attribute))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 22: large yellow rubber cyl (far left, left side), large yellow metal cube, small purple metal cyl (back), small cyan metal sph (front)

# --- Kwame, a Ghanaian nursing student; polite and formal
C(
    "count",
    22,
    "Good evening. Please, how many cylinders are in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "attribute",
    22,
    "Kindly tell me the colour of the ball.",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_attr",
    22,
    "The cube and the big cylinder — do they have the same colour?",
    "same(u(sel(cube)), u(f(sel(cylinder), size=large)), color)",
    lambda s: same_value(s, s.the(shape="cube"), s.the(shape="cylinder", size="large"), "color"),
)
C(
    "superlative",
    22,
    "Which object is standing at the very back? I want to know the shape only.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    22,
    "I beg, the yellow cylinder is on which side of the picture, left or right?",
    "choose(u(f(sel(cylinder), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="yellow")),
)
X(22, "My lecturer sent this picture to the whole class. Please, what score do I need to pass the module?")

# scene 30: large green rubber sph, large purple rubber sph (back), large blue metal cyl (front)

# --- Pete, a Bristol plumber on his lunch break
C(
    "exist",
    30,
    "Alright mate — anything small in there at all, or is it all gert big stuff?",
    "exist(f(scene(), size=small))",
    lambda s: yes(bool(s.f(size="small"))),
)
C(
    "attribute",
    30,
    "That cylinder — metal or rubber? Looks proper shiny from here.",
    "choose(u(sel(cylinder)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "chain",
    30,
    "What's stood in front of the green ball? Just the colour, cheers.",
    "q(u(rel(u(f(sel(sphere), color=green)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="sphere", color="green"))), "color"),
)
C(
    "quantifier",
    30,
    "Both balls rubber, are they?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
X(30, "What'd it cost me to get a cylinder like that made up down the merchants?")

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube (front)

# --- Inês, a physiotherapist from Porto
C(
    "count",
    27,
    "Good morning. Is possible to know how many objects are of red colour?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "attribute",
    27,
    "The sphere is of metal or of rubber?",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
C(
    "compare_attr",
    27,
    "The two cubes have the same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "compare_size",
    27,
    "Which one is bigger: the cube of purple colour or the sphere?",
    "q(u(f(union(f(sel(cube), color=purple), sel(sphere)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere")),
)
C(
    "spatial",
    27,
    "How many things are at the right of the yellow sphere?",
    "count(rel(u(f(sel(sphere), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="yellow"))),
)
C(
    "superlative",
    27,
    "And which object is the most in the front? Say me the shape, please.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(27, "In my clinic we use balls for the exercises. Where I can buy this yellow one?")

# scene 14: large cyan rubber sph (front), small blue metal sph, small gray metal cube (back)

# --- Ollie, nine, spelling as he goes
C("count", 14, "how meny balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    14,
    "is the big ball blue",
    "verify(u(f(sel(sphere), size=large)), color, blue)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "color") == "blue"),
)
C("attribute", 14, "wat colour is the cube", "q(u(sel(cube)), color)", lambda s: s.a(s.the(shape="cube"), "color"))
C(
    "compare_count",
    14,
    "are there more metal ones than rubber ones",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "spatial",
    14,
    "is the cube behind the blue ball",
    "exist(f(rel(u(f(sel(sphere), color=blue)), behind), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "behind", {"shape": "sphere", "color": "blue"}),
)
X(14, "if i kick the big ball will it go further than the little one")

# scene 2: large green metal cube, small gray metal cyl (back), large cyan rubber cyl (right side)

# --- Marjorie, seventy-one, on her new tablet; signs her messages
C(
    "count",
    2,
    "Hello, I hope I'm doing this right. How many cylinders can you see in the picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "verify",
    2,
    "Is the box-shaped one green, or is it my screen?",
    "verify(u(sel(cube)), color, green)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green"),
)
C(
    "compare_attr",
    2,
    "Are the two cylinders the same size as each other?",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "compare_size",
    2,
    "Which is bigger, the cube or the grey cylinder? Thank you in advance, Marjorie.",
    "q(u(f(union(sel(cube), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube"), s.the(shape="cylinder", color="gray")),
)
C(
    "position",
    2,
    "The big rubber cylinder — is it over on the right-hand side of the picture or the left?",
    "choose(u(f(sel(cylinder), size=large, material=rubber)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", material="rubber")),
)
C(
    "quantifier",
    2,
    "Is every single thing in it made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
X(2, "My grandson says a computer made these. Which company's computer was it, do you know?")

# scene 0: small yellow rubber sph (front), large blue metal sph (far left, left side), large green rubber cyl

# --- Dev, a security guard on a quiet night shift
C(
    "count",
    0,
    "Quiet night on the monitors so I'm doing these. How many objects, total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "superlative",
    0,
    "Which one's furthest left? Shape'll do.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)
C(
    "attribute",
    0,
    "Yellow ball — small or large?",
    "choose(u(f(sel(sphere), color=yellow)), size, [small, large])",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "size"),
)
C(
    "spatial",
    0,
    "Anything in front of the cylinder?",
    "exist(rel(u(sel(cylinder)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="cylinder")))),
)
C(
    "same_attr",
    0,
    "How many other things are the same material as the cylinder?",
    "count(same_attr(u(sel(cylinder)), material))",
    lambda s: n(others(s, s.the(shape="cylinder"), "material")),
)
C(
    "chain",
    0,
    "The ball that's in front of the cylinder — rubber or metal?",
    "choose(u(f(rel(u(sel(cylinder)), front), shape=sphere)), material, [rubber, metal])",
    lambda s: s.a(hop(s, s.the(shape="cylinder"), "front", shape="sphere"), "material"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph (back), small yellow rubber sph (front), large purple metal cyl (right side)

# --- Chen Wei, a chemistry PhD student; careful academic English
C(
    "count",
    21,
    "May I ask how many of the spheres are made of rubber?",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "verify",
    21,
    "Could you confirm whether the yellow sphere is metallic?",
    "verify(u(f(sel(sphere), color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "material") == "metal"),
)
C(
    "superlative",
    21,
    "What is the colour of the object located furthest back?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    21,
    "Behind the purple cylinder there is a sphere, and to the left of that sphere there is another sphere. What is the colour of the second sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=purple)), behind), shape=sphere)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="purple"), "behind", shape="sphere"), "left", shape="sphere"),
        "color",
    ),
)
C(
    "two_clause",
    21,
    "Does the scene contain both a purple cylinder and a yellow sphere?",
    "and_(exist(f(sel(cylinder), color=purple)), exist(f(sel(sphere), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cylinder", color="purple")) and bool(s.f(shape="sphere", color="yellow"))),
)

# --- Tammy, an Alabama hairdresser
C("count", 21, "Hon, how many of 'em are purple?", "count(f(scene(), color=purple))", lambda s: n(s.f(color="purple")))
C(
    "verify",
    21,
    "That big purple cylinder's shiny metal, idn't it?",
    "verify(u(f(sel(cylinder), size=large, color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder", size="large", color="purple"), "material") == "metal"),
)
C(
    "compare_count",
    21,
    "Are there more lil ones than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) > len(s.f(size="large"))),
)
C(
    "superlative",
    21,
    "What's sittin' out front of everything else? Color, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    21,
    "Is that lil green cylinder to the right of the gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), right), color=green, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "green"}, "right", {"shape": "sphere", "color": "gray"}),
)
C(
    "list",
    21,
    "What colors are the balls? Give me all of 'em.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
X(21, "Lord, which one of these would look cutest on a charm bracelet?")

# scene 25: large blue metal cyl, small yellow rubber sph (front), large cyan metal sph, large red metal cube, small brown metal cyl (far left, left side), large brown rubber sph (far right, right side), small gray metal cyl (back)

# --- Father Brendan, an Irish parish priest
C(
    "count",
    25,
    "I wonder would you tell me how many of the cylinders are the small ones?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "negation",
    25,
    "Is there anything made of rubber there that isn't a ball at all?",
    "exist(fn(f(scene(), material=rubber), shape=sphere))",
    lambda s: yes(bool(lacking(s, s.f(material="rubber"), shape="sphere"))),
)
C(
    "chain",
    25,
    "The red cube now — what's behind it? Only the colour, please.",
    "q(u(rel(u(sel(cube)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube"))), "color"),
)
C(
    "compare_count",
    25,
    "Would there be as many brown things as blue ones?",
    "eq(count(f(scene(), color=brown)), count(f(scene(), color=blue)))",
    lambda s: yes(len(s.f(color="brown")) == len(s.f(color="blue"))),
)
C(
    "superlative",
    25,
    "Which of the balls is furthest over to the right, and what colour is it?",
    "q(ord(sel(sphere), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "right"), "color"),
)
X(25, "Do you think the shapes mean anything, the way the old carvings in a church do?")

# --- Yusuf, a Turkish kebab-shop owner in London
C(
    "count",
    25,
    "My friend, how many things here are metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "attribute",
    25,
    "The yellow ball, it is big one or small one?",
    "choose(u(f(sel(sphere), color=yellow)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "size"),
)
C(
    "position",
    25,
    "Brown cylinder — which side of the picture, left or right?",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)
C(
    "same_attr",
    25,
    "How many other things have the same colour like the brown ball?",
    "count(same_attr(u(f(sel(sphere), color=brown)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="brown"), "color")),
)
C(
    "chain",
    25,
    "In front of the brown cylinder is another cylinder. Right of that one is a cube. Cube colour?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=brown)), front), shape=cylinder)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="brown"), "front", shape="cylinder"), "right", shape="cube"),
        "color",
    ),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl (far left, left side), small blue rubber cyl (front), large cyan rubber sph (far right, right side), small purple metal cube (right side), small red rubber sph (back)

# --- Ingrid, a Norwegian marine biologist
C(
    "count",
    18,
    "I count four purple objects. Can you confirm the number?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    18,
    "Do the two purple cylinders share the same material?",
    "same(f(sel(cylinder), color=purple), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="purple"), "material"),
)
C(
    "superlative",
    18,
    "Which object lies second from the front? Its shape is enough.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "quantifier",
    18,
    "Are the majority of the objects made of rubber?",
    "gt(count(f(scene(), material=rubber)), count(fn(scene(), material=rubber)))",
    lambda s: most([s.a(i, "material") == "rubber" for i in s.all()]),
)
C(
    "number",
    18,
    "How many distinct colours occur in the sample?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# --- Darnell, a Philadelphia bus driver
C(
    "position",
    18,
    "Yo, the big cyan ball in this jawn — left side of the picture or right?",
    "choose(u(f(sel(sphere), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="cyan")),
)
C(
    "exist",
    18,
    "Any of them balls metal?",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
C(
    "negation",
    18,
    "How many things in there ain't purple?",
    "count(fn(scene(), color=purple))",
    lambda s: n(lacking(s, s.all(), color="purple")),
)
C(
    "compare_size",
    18,
    "That cyan cube bigger than the blue cylinder, for real?",
    "larger(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), color=blue)))",
    lambda s: larger(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", color="blue")),
)
C(
    "chain",
    18,
    "Little purple ball got a cylinder behind it, and behind that cylinder there's another ball. What color's that ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), behind), shape=cylinder)), behind), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="purple"), "behind", shape="cylinder"),
            "behind",
            shape="sphere",
        ),
        "color",
    ),
)
X(18, "How much would SEPTA charge me to haul all this stuff cross town?")

# scene 19: small gray metal cube, small green metal cyl (back), small cyan metal cyl (front), small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph (far right, right side), small yellow rubber cube (far left, left side)

# --- Gwen, a Welsh librarian
C("count", 19, "How many cubes are there, if I may ask?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "negation",
    19,
    "How many cyan objects are there that aren't cylinders?",
    "count(fn(f(scene(), color=cyan), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="cyan"), shape="cylinder")),
)
C(
    "quantifier",
    19,
    "Are all of the cubes small ones?",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "two_clause",
    19,
    "Is the sphere made of metal, and is it a large one?",
    "and_(verify(u(sel(sphere)), material, metal), verify(u(sel(sphere)), size, large))",
    lambda s: yes(s.a(s.the(shape="sphere"), "material") == "metal" and s.a(s.the(shape="sphere"), "size") == "large"),
)
C(
    "superlative",
    19,
    "Which object is furthest to the left? I'd like its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "same_attr",
    19,
    "Diolch. And how many objects share the sphere's colour?",
    "count(same_attr(u(sel(sphere)), color))",
    lambda s: n(others(s, s.the(shape="sphere"), "color")),
)

# --- Luis, a Texas construction foreman
C(
    "attribute",
    19,
    "Oye, the big blue cube — rubber or metal?",
    "choose(u(f(sel(cube), size=large, color=blue)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "count",
    19,
    "How many pieces are small? All of 'em, not just the cubes.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    19,
    "We got more cyan than gray on this job?",
    "gt(count(f(scene(), color=cyan)), count(f(scene(), color=gray)))",
    lambda s: yes(len(s.f(color="cyan")) > len(s.f(color="gray"))),
)
C(
    "chain",
    19,
    "Behind the cyan cube there's a cube, and to the right of that one there's another cube. What color is it?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=cyan)), behind), shape=cube)), right), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="cyan"), "behind", shape="cube"), "right", shape="cube"), "color"
    ),
)
X(19, "Who's the contractor on this job? I wanna give him a call.")

# scene 16: small red metal sph, small purple metal sph (far left, left side), small cyan metal sph (front), large brown rubber cyl, large yellow rubber cube (back), large green rubber sph, large yellow metal cyl

# --- Pavel, a Czech long-haul driver who drops his articles
C("count", 16, "How many balls is in picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    16,
    "All small balls are metal?",
    "not_(exist(fn(f(sel(sphere), size=small), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", size="small"), material="metal"),
)
C(
    "compare_attr",
    16,
    "Two yellow things, they are same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "compare_size",
    16,
    "Which is bigger, red ball or yellow cube?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cube), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cube", color="yellow")),
)
C(
    "superlative",
    16,
    "Ball most on left side — what colour?",
    "q(ord(sel(sphere), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left"), "color"),
)
X(16, "How many kilo is the big cylinder? I need to know for my load.")

# --- Kim, a Korean-American accountant
C(
    "count",
    16,
    "In aggregate, how many large objects are there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "negation",
    16,
    "Net of the spheres, how many objects remain?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "compare_count",
    16,
    "Does the metal count equal the rubber count?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "spatial",
    16,
    "How many objects sit to the right of the brown cylinder?",
    "count(rel(u(f(sel(cylinder), color=brown)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", color="brown"))),
)
C(
    "list",
    16,
    "Please list the colours of the large objects.",
    "values(f(scene(), size=large), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(size="large")),
)
C(
    "chain",
    16,
    "In front of the purple sphere there's a cylinder; to the right of that cylinder there's a sphere. What colour is that sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=purple)), front), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="purple"), "front", shape="cylinder"), "right", shape="sphere"),
        "color",
    ),
)

# scene 13: small red rubber cube, large cyan rubber cyl (far right, right side), small purple rubber cyl, small gray metal sph (front), small cyan rubber sph (back), small red rubber sph (far left, left side), large red metal cube

# --- Mr Okafor, a retired Nigerian headmaster
C(
    "count",
    13,
    "Kindly tell me the number of red objects in this picture.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    13,
    "Are the two red cubes of the same size?",
    "same(f(sel(cube), color=red), size)",
    lambda s: alike(s, s.f(shape="cube", color="red"), "size"),
)
C(
    "compare_size",
    13,
    "Between the purple cylinder and the cyan cylinder, which is the bigger? Answer with the colour.",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(cylinder), color=cyan)), size=large)), color)",
    lambda s: bigger_of(
        s, s.the(shape="cylinder", color="purple"), s.the(shape="cylinder", color="cyan"), attribute="color"
    ),
)
C(
    "exist",
    13,
    "I am asking whether there is any sphere made of metal.",
    "exist(f(sel(sphere), material=metal))",
    lambda s: yes(bool(s.f(shape="sphere", material="metal"))),
)
X(13, "Who manufactured these objects? I should like to write to the company.")

# --- Jess, an Australian vet nurse
C(
    "exist",
    13,
    "G'day! Heaps of rubber in this one, I reckon — is there anything that isn't rubber?",
    "exist(fn(scene(), material=rubber))",
    lambda s: yes(bool(lacking(s, s.all(), material="rubber"))),
)
C(
    "position",
    13,
    "The big cyan cylinder, which side of the pic is it on?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
C(
    "spatial",
    13,
    "How many things are behind the purple cylinder?",
    "count(rel(u(f(sel(cylinder), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="purple"))),
)
C(
    "superlative",
    13,
    "Which one's closest to the front? Colour's fine.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "chain",
    13,
    "There's a ball in front of the red one, and to the right of that ball there's another ball. What's that last one made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), front), shape=sphere)), right), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "front", shape="sphere"), "right", shape="sphere"),
        "material",
    ),
)
X(13, "What's the best way to clean rubber toys so the dogs don't get crook?")

# scene 12: small blue metal cube (far left, left side), small green rubber sph, large gray rubber sph (far right, right side), small cyan metal cyl (right side), small gray rubber sph (front), small green rubber cyl, small red metal cube, small gray metal cube (back)

# --- Tariq, a London minicab driver
C("count", 12, "Quick one boss — how many cubes?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    12,
    "They all metal, the cubes?",
    "not_(exist(fn(sel(cube), material=metal)))",
    lambda s: every(s, s.f(shape="cube"), material="metal"),
)
C(
    "attribute",
    12,
    "Only one big thing in there, yeah? What colour's that?",
    "q(u(f(scene(), size=large)), color)",
    lambda s: s.a(only(s.f(size="large")), "color"),
)
C(
    "superlative",
    12,
    "What's right at the back, to be fair? Shape, I mean.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_attr",
    12,
    "The green ones — same shape or different?",
    "worded(same(f(scene(), color=green), shape), [same, different])",
    lambda s: said_same(alike(s, s.f(color="green"), "shape")),
)

# --- Helga, an Austrian pensioner
C(
    "attribute",
    12,
    "Grüß Gott. The big ball on the picture, from which material is it?",
    "q(u(f(sel(sphere), size=large)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "material"),
)
C(
    "list",
    12,
    "Which colours have the balls? Please name all.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "spatial",
    12,
    "Left of the red cube — how many things stand there?",
    "count(rel(u(f(sel(cube), color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="red"))),
)
C(
    "position",
    12,
    "The blue cube, on which side of the picture does it stand?",
    "choose(u(f(sel(cube), color=blue)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="blue")),
)
C(
    "chain",
    12,
    "Right of the small gray ball is a cube, and behind this cube is one more cube. Which colour has it?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=gray)), right), shape=cube)), behind), shape=cube)), color)",
    lambda s: s.a(
        hop(
            s, hop(s, s.the(shape="sphere", size="small", color="gray"), "right", shape="cube"), "behind", shape="cube"
        ),
        "color",
    ),
)

# scene 9: small gray rubber cube (front), large gray rubber cyl (far left, left side), small blue metal sph, large brown rubber sph, small gray rubber cyl (back), large purple metal cube, large green rubber cyl, large green metal sph

# --- Noor, a brisk dentist
C(
    "count",
    9,
    "Okay so how many gray objects are there, any shape?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "quantifier",
    9,
    "Just to double check — both gray cylinders are rubber?",
    "not_(exist(fn(f(sel(cylinder), color=gray), material=rubber)))",
    lambda s: every(s, s.f(shape="cylinder", color="gray"), material="rubber"),
)
C(
    "compare_attr",
    9,
    "Green ones: same material or not?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "negation",
    9,
    "How many things are neither gray nor spheres?",
    "count(diff(fn(scene(), color=gray), sel(sphere)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray" and s.a(i, "shape") != "sphere"]),
)
C(
    "compare_size",
    9,
    "Which is bigger, the blue sphere or the purple cube?",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(cube), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="cube", color="purple")),
)
C(
    "superlative",
    9,
    "What colour's the one second from the left?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)

# --- Cody, a laconic Wyoming ranch hand
C("count", 9, "How many big ones in there?", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "verify",
    9,
    "Purple cube metal?",
    "verify(u(f(sel(cube), color=purple)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="purple"), "material") == "metal"),
)
C(
    "spatial",
    9,
    "Anything sittin' behind the purple cube?",
    "exist(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", color="purple")))),
)
C(
    "compare_count",
    9,
    "Fewer cylinders than balls, you figure?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "chain",
    9,
    "Behind the purple cube sits a cylinder. Left of that cylinder there's a ball. What color's the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), behind), shape=cylinder)), left), shape=sphere)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="purple"), "behind", shape="cylinder"), "left", shape="sphere"),
        "color",
    ),
)
X(9, "What's that brown ball weigh, you figure? Heavy as a hay bale?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Olu, a London cycle courier
P(
    "text",
    "street",
    "What's written on the road there, mate? Can't read it from the saddle.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("count", "street", "How many people on foot?", "count(sel(person))", lambda p: n(people(p)))
P("exist", "street", "Any bikes about?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "where",
    "street",
    "Which side of the bus is the car on — left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P("attribute", "street", "Colour of the dog?", "q(u(sel(dog)), color)", lambda p: p.value(p.the("dog"), "color"))
X("street", "Is this Madrid? Bus is in Spanish, innit.")

# --- Mrs Hawthorne, a retired magistrate
P(
    "count",
    "street",
    "For the avoidance of doubt: how many men are present?",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "quantifier",
    "street",
    "Is each of the men wearing a tie?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "chain",
    "street",
    "The gentleman furthest to the right — what colour is his tie?",
    "q(u(rel(ord(sel(man), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, p.f("man"), "right")), "color"),
)
P(
    "text",
    "street",
    "What does the sign in the top corner read?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "two_clause",
    "street",
    "Is that sign red, and is it at the top of the picture?",
    "and_(verify(u(sel(sign)), color, red), verify(u(sel(sign)), vposition, top))",
    lambda p: yes(p.value(p.the("sign"), "color") == "red" and p.value(p.the("sign"), "vposition") == "top"),
)
P(
    "spatial",
    "street",
    "And the dog — is it the woman who is holding it?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
X("street", "Is that car lawfully parked, in your view? I should want to hear the driver's account.")

# --- Ana, a Romanian care worker
P(
    "text",
    "street",
    "Please, what is write on the bus? I don't know these words.",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "compare_attr",
    "street",
    "The bus and the sign, they have same colour?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "count",
    "street",
    "How many persons are wearing a tie?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "where",
    "street",
    "The tree is behind the bus or in front?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "spatial",
    "street",
    "Who is holding the little dog, the man or the woman?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
X("street", "It is far from here to the airport with this bus? How long it takes?")

# --- Rhys, a Welsh driving instructor
P(
    "attribute",
    "street",
    "Mirror, signal... right, what colour's the car?",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "position",
    "street",
    "Is the car at the top of the picture or the bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "count",
    "street",
    "How many vehicles are on the road, car and bus together?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "where",
    "street",
    "Where's the lady in green standing relative to the bus — in front of it or behind it?",
    "choose_rel(u(f(sel(woman), color=green)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman", color="green"), p.the("bus"), ("front", "behind")),
)
P(
    "spatial",
    "street",
    "And the little dog — who's it standing next to?",
    "q(u(rel(u(sel(dog)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog")))),
)
P(
    "superlative",
    "street",
    "Of the three pedestrians, who's furthest to the right — a man or a woman?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nonna Carla, an Italian grandmother
P(
    "count",
    "kitchen",
    "Tesoro, how many cups are there on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "And the bottle, what is write on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "The plate, is white?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P("exist", "kitchen", "There is a knife? I see only the fork.", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "chain",
    "kitchen",
    "The cup just on the right of the bottle, what colour is it?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "spatial",
    "kitchen",
    "The woman, she is standing at the right of the white cup?",
    "vrel(u(f(sel(cup), color=white)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="white")), "woman"))),
)
X("kitchen", "What she is cooking for lunch, you think? Pasta, I hope.")

# --- Kevin, a restaurant health inspector
P(
    "count",
    "kitchen",
    "Item one: total number of items on the table surface?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "attribute",
    "kitchen",
    "Item two: what's the table made of?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "attribute",
    "kitchen",
    "Utensil beside the plate — material?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "text",
    "kitchen",
    "Noted. Time showing on the wall clock?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "Staff member on the right — what colour is she wearing?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "Are all the cups on the table? Confirm for the report.",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in on_table(p) for c in p.f("cup"))),
)

# --- Dolores, a Filipina housekeeper
P(
    "count",
    "kitchen",
    "Ma'am, how many white things are on the table?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "superlative",
    "kitchen",
    "The cup most on the right side, what colour po?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The blue cup, it is on the left side of the plate, po?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("plate")), "cup"))),
)
P(
    "number",
    "kitchen",
    "How many different colours are the cups?",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "spatial",
    "kitchen",
    "The clock is hanging above the table, yes po?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
X("kitchen", "What is the name of the lady, ma'am? Maybe she is my new employer.")

# --- Tyler, a college freshman
P(
    "text",
    "kitchen",
    "dude what time does the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P("count", "kitchen", "lowkey how many cups are there total", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "verify",
    "kitchen",
    "is the bottle green or am i tripping",
    "verify(u(sel(bottle)), color, green)",
    lambda p: yes(p.value(p.the("bottle"), "color") == "green"),
)
P(
    "exist",
    "kitchen",
    "are any of the cups like green",
    "exist(f(sel(cup), color=green))",
    lambda p: yes(bool(p.f("cup", color="green"))),
)
P(
    "superlative",
    "kitchen",
    "whats the colour of the second cup from the left",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)
P(
    "compare_count",
    "kitchen",
    "is there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Ruth, a childminder
P(
    "count",
    "park",
    "How many children can you see? I'm counting heads.",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "chain",
    "park",
    "What's the little lad in blue throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "spatial",
    "park",
    "Which of the kids is by the bench, the boy or the girl?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P(
    "compare_count",
    "park",
    "Are there more women than children here, would you say?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "attribute",
    "park",
    "What colour's the little girl got on?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
X("park", "Is that boy's mum one of the women there? Which one is she?")

# --- Arjun, thirteen and cricket-mad
P(
    "attribute",
    "park",
    "Bro the frisbee is what colour actually?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "Is the frisbee high up in the picture or low down?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "superlative",
    "park",
    "Who's standing second from the left?",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
P(
    "spatial",
    "park",
    "The bench is to the left of the bicycle, no?",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "attribute",
    "park",
    "And what's the bench made of, bro?",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
X("park", "Who's gonna win the IPL this year bro? Just asking.")

# --- Jean-Luc, a Québécois dog groomer
P("count", "park", "Bonjour! How many dog there is in the park?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "spatial",
    "park",
    "The dog black, somebody is holding it? Who?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "spatial",
    "park",
    "The white dog is near the boy, eh?",
    "exist(f(rel(u(sel(boy)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("boy")), "dog"))),
)
P(
    "compare_attr",
    "park",
    "The two dogs, they are the same colour or not?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "position",
    "park",
    "The girl in pink, she is on the left of the photo or the right?",
    "choose(u(sel(girl)), hposition, [left, right])",
    lambda p: p.value(p.the("girl"), "hposition"),
)
X("park", "What breed is the black one, you think? A labrador, eh?")

# --- Marisol, a Bronx paediatric nurse
P(
    "count",
    "park",
    "Ay, how many people are in the park, kids too?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("count", "park", "And how many trees?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "chain",
    "park",
    "The woman in white — what's she standing near?",
    "q(u(rel(u(f(sel(woman), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("woman", color="white")))),
)
P(
    "attribute",
    "park",
    "That bike — what colour, mija?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "Is there a tree behind the lady in red?",
    "vrel(u(f(sel(woman), color=red)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("woman", color="red")), "tree"))),
)
P(
    "chain",
    "park",
    "Is the lady in red holding the black dog or the white one?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
X("park", "Is it safe to let little ones throw frisbees that close to the dogs?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Mr Fitzgerald, an Irish maths tutor
P(
    "negation",
    "shapes",
    "Now so, leave out the circles: how many shapes are left?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "count",
    "shapes",
    "How many four-sided shapes are there — squares and rectangles both?",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the star?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("star")),
)
P(
    "position",
    "shapes",
    "Grand. Which shape is up in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "attribute",
    "shapes",
    "What colour is the hexagon?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_size",
    "shapes",
    "And is the big circle larger than the little one in the middle?",
    "larger(u(f(sel(circle), size=large)), u(f(sel(circle), size=small)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("circle", size="small")),
)
X("shapes", "Would you say it's tidy enough to hang on the classroom wall?")

# --- Ruby, six
P("count", "shapes", "how many circles are there", "count(sel(circle))", lambda p: n(p.f("circle")))
P("attribute", "shapes", "what colour is the star", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "exist",
    "shapes",
    "is there a purple one",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "compare_size",
    "shapes",
    "which is bigger the circle in the middle or the triangle",
    "q(u(f(union(f(sel(circle), vposition=middle), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", vposition="middle"), p.the("triangle")),
)
P(
    "verify",
    "shapes",
    "is the hexagon green",
    "verify(u(sel(hexagon)), color, green)",
    lambda p: yes(p.value(p.the("hexagon"), "color") == "green"),
)
X("shapes", "which shape is the mummy and which one is the baby")

# --- Takeshi, a Japanese graphic designer
P(
    "count",
    "shapes",
    "Please tell me the number of blue shapes.",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "count",
    "shapes",
    "Among the blue shapes, how many are in the bottom row?",
    "count(f(scene(), color=blue, vposition=bottom))",
    lambda p: n(p.f(color="blue", vposition="bottom")),
)
P(
    "list",
    "shapes",
    "Which colours are used in the top row? Please list them.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "superlative",
    "shapes",
    "Third shape from the left in the top row — what is it?",
    "q(ord(f(scene(), vposition=top), left, 3), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 3), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The circle in the centre has the same size as the square, is it correct?",
    "same(u(f(sel(circle), vposition=middle)), u(sel(square)), size)",
    lambda p: same_value(p, p.the("circle", vposition="middle"), p.the("square"), "size"),
)
P(
    "number",
    "shapes",
    "How many different colours in the whole drawing?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)

# --- Marcy, an occupational therapist doing a picture exercise with a stroke patient
P(
    "count",
    "shapes",
    "Let's start easy. How many shapes are there in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "two_clause",
    "shapes",
    "Is there a star in the picture, and is it red?",
    "and_(exist(sel(star)), verify(u(sel(star)), color, red))",
    lambda p: yes(bool(p.f("star")) and p.value(p.the("star"), "color") == "red"),
)
P(
    "verify",
    "shapes",
    "Take your time. The shape right in the middle of the picture — is it a square?",
    "verify(u(f(scene(), hposition=middle, vposition=middle)), shape, square)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="middle"), "shape") == "square"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "position",
    "shapes",
    "Good. And what's the shape in the bottom right?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
X("shapes", "Do you think Mr Hughes will be able to drive again after this?")

# --- Lorenzo, an Italian tile-layer who calls the shapes pieces
P(
    "verify",
    "shapes",
    "The yellow piece, it is in the bottom line?",
    "verify(u(f(scene(), color=yellow)), vposition, bottom)",
    lambda p: yes(p.value(only(p.f(color="yellow")), "vposition") == "bottom"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the square piece or the long yellow one?",
    "q(u(f(union(sel(square), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "list",
    "shapes",
    "The blue pieces, which shapes they are? All of them.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "negation",
    "shapes",
    "How many pieces are not blue and not red?",
    "count(fn(fn(scene(), color=blue), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"blue", "red"}]),
)
P(
    "count",
    "shapes",
    "In the top line, how many pieces are small?",
    "count(f(scene(), vposition=top, size=small))",
    lambda p: n(p.f(vposition="top", size="small")),
)
P(
    "superlative",
    "shapes",
    "In the bottom line, the first piece from the right, what colour?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)

# --- Andre, a colour-blind accountant
P(
    "attribute",
    "shapes",
    "I'm colour-blind, so humour me: what colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same colour as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: same_value(p, p.the("star"), p.the("circle", size="large"), "color"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes share the square's colour?",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "quantifier",
    "shapes",
    "Are the red ones all large?",
    "not_(exist(fn(f(scene(), color=red), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(color="red"))),
)
P(
    "verify",
    "shapes",
    "The shape in the top middle — am I right that it's blue?",
    "verify(u(f(scene(), hposition=middle, vposition=top)), color, blue)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="top"), "color") == "blue"),
)

# --- Hamid, an Afghan evening-class student
P(
    "count",
    "shapes",
    "Teacher give us this picture. How many triangle is there?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "attribute",
    "shapes",
    "The big shape in the top right, what colour?",
    "q(u(f(scene(), size=large, hposition=right, vposition=top)), color)",
    lambda p: p.value(p.the(size="large", hposition="right", vposition="top"), "color"),
)
P(
    "position",
    "shapes",
    "The star is in which row, top or bottom?",
    "choose(u(sel(star)), vposition, [top, bottom])",
    lambda p: p.value(p.the("star"), "vposition"),
)
P(
    "position",
    "shapes",
    "In the bottom row, which shape is in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="bottom"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "The hexagon is smaller than the triangle?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("hexagon")),
)
X("shapes", "How I say hexagon in Dari? My teacher don't know.")

# --- Tessa, a blunt Dutch UX researcher
P(
    "count",
    "shapes",
    "Just tell me: how many shapes are large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "quantifier",
    "shapes",
    "Are most of the shapes blue, yes or no?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "exist",
    "shapes",
    "Is there a green shape in the top row?",
    "exist(f(scene(), color=green, vposition=top))",
    lambda p: yes(bool(p.f(color="green", vposition="top"))),
)
P(
    "superlative",
    "shapes",
    "The leftmost shape in the bottom row — colour?",
    "q(ord(f(scene(), vposition=bottom), left, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "color"),
)
P(
    "two_clause",
    "shapes",
    "Is the hexagon on the right, and is it in the bottom row?",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
X("shapes", "Honestly, which tool did they use to draw this? Figma?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
