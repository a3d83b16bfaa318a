# ruff: noqa: E501
"""Blind paraphrase set 91: a thirty-sixth fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, a few of them writing English as a second language, each imagined once and kept in
character for five to seven questions about one picture, asking in plain everyday words and their own habits of
speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Gwen, a Welsh district nurse on her break, looking at her grandson's tablet
("cariad", "mind", "Duw"); Kofi, a Ghanaian accountant in London, courteous and exact ("Kindly tell me", "for my
records", "situated"); Travis, a youth baseball coach in Tampa ("in the lineup", "playing deepest", "Gimme");
Ingrid, a Norwegian dentist ("How many is it of", "the same form", "Is it so that"); Mei, a Singaporean polytechnic
student ("Got how many ... ah?", "or not?", "rubber one, is it?"); Declan, a Cork bus driver ("red yokes", "so",
"D'you see"); Hannah, thirteen, in Minnesota, typing lowercase ("ok so um", "like"); Ruth, a retired Vermont
librarian, gentle and complete; Joe, a New Jersey plumber ("pipes", "sittin'", "scrapyard"); Amara, a pharmacist in
Lagos ("Please, how many"); Pedro, a Texas sixteen-year-old ("yo", "or what", "lol"); Margit, a Hungarian piano
teacher ("How much objects", "from the same material", "Right from the"); Kevin, an Australian electrician ("G'day
mate", "would ya reckon"); Sunita, a software manager in Bangalore ("are having", "metal only, is it?", "kept at the
very back"); Stan, a Polish-born baker in Chicago ("How many blue things is in picture?", "Which colour it has?");
Chloe, nineteen, at university ("literally", "tbh", "lowkey", "pls"); Arthur, a retired Surrey bank manager ("I
wonder whether you might", "I take it"); Dolores, a Puerto Rican grandmother in the Bronx ("Ay mija", "no?"); Raj, a
Birmingham taxi dispatcher ("Alright bab", "shape-wise"); Elsie, nine, polite and careful ("please can you tell me");
Nils, a Dutch bicycle courier, blunt ("Just the number.", "or not?", "yes or no?"); and Grace, a Kentucky church
organist ("Oh my", "honey"). On the photo-like graphs: Tariq, a Bradford driving instructor ("Right then, hazard
perception"); Beatriz, a Portuguese au pair ("Which is the colour of", "The man who is at the right of the woman");
Cooper, eleven, learning Spanish in Iowa; Maxine, a Brooklyn parking-enforcement officer ("lookin' at", "hon", "gimme
both"); Agnes, a retired Gateshead dinner lady ("pet", "hinny"); Jun, a food blogger styling a flat lay; Bill, a
Wisconsin dad doing the dishes ("Ope", "sittin'"); Léa, a French waitress ("The blue cup, she is at the left of the
bottle?"); Terrence, a retired Croydon postman ("all told", "the young lad", "chucking"); Hamid, an Iranian-born
dentist in Los Angeles, formal; Becca, a Leeds mum typing one-handed; and Marcus, a Chicago dog trainer. On the
drawing: Bronwyn, a Brisbane kindergarten aide ("Righto"); Tobias, a German design intern ("forms", "the upper line",
"the most right one"); Luis, six, spelling as he hears ("triangels", "wich is biger"); Patricia, a brisk Boston
accountant; Dev, a colour-blind IT contractor ("humour me"); Nonna Carla, an Italian grandmother ("the round ones",
"more big", "it is up or down?"); Shawn, an Atlanta truck dispatcher ("Aight", "ain't"); and Imogen, an art-history
student ("hues", "the composition", "dominates in scale").

Sentence shapes: bare requests and fragments ("How many cubes? Just the number.", "Shape only.", "Quick."), fronted
places and topics ("In front of the small gray cube is one ball.", "Right from the small purple cube, how many
objects are standing?", "Top row, second from the right"), tags ("is it?", "no?", "or not?", "yes or no?", "right",
"correct?", "yeah?"), questions inside statements ("I wonder whether you might tell me", "I take it every cube ... is
a large one?", "The two purple cubes appear to be the same size to me. Are they?"), second-language grammar ("How much
objects are large", "Blue things but not the cylinders — how many is?", "Her clothes are which colour?"), chains told
as small stories ("There is one cylinder behind the big brown sphere. To the right of that cylinder stands a sphere.
What is the colour of that sphere?"), comparisons said several ways ("even split, or is one side stacked?", "D'you
see as many ... as", "outnumber", "Fewer ... than", "more big than", "which is the larger?", "dominates in scale"),
negatives and exceptions ("aren't balls at all", "Brown but not ball", "not metal and also not spheres", "Except for
the balls", "Without counting the circles", "so not the kids", "ain't blue") and follow-ups that point back while
naming what they point at ("And the dog, it is of which colour?", "and how many of them balls are small", "And the
woman holding the black dog").

The questions cover counts (with conditions, negation, "together", "all told"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once ("big, and ... also made of metal", "a green cube AND a gray ball"),
comparisons of counts ("more", "fewer", "as many as", "same number", "outnumber") and of attributes (same colour,
size, shape or material), quantifiers ("all", "every", "both", "the majority"), exceptions, relations (left, right, in
front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above,
behind, left, right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value,
which of two things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture,
sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock.
About half ask about CLEVR val scenes (5, 7, 11, 24, 26, 28, 29, 31, 41, 42, 43, 45, 46 and 47; one or two people to
a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes;
about one in ten must be refused, each in the same voice as the person's other questions (prices and costs, opinions
and favourites, what happens next, makers and software, owners, places and the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (the one count
of rectangles, whose asker says squares count too, is written as rectangles plus squares); places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no open "what is left of the blue cup"; only whether a named thing stands there, or chains
along stated relations). A which-side question is answered with the side; a "which is bigger" between two things is
asked only where their size classes differ, and answered with the word that tells the bigger one from the other (its
shape). Answers are the graph's words (gray, not grey; sphere, not ball; "blue, brown, red" for a list, most frequent
first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("or not?", "correct?"). Every gold
program and answer comes from the scene by plain Python, with the helpers of blind_gold.py and blind_helpers.py.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and blind_helpers.py
(the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes.json, inspected with small Python snippets). No question was run through
nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind91.py`` to write ``../blind91.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind91.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def sharing(p, oid: str, attribute: str) -> list[str]:
    """The drawn shapes other than oid that share its value of ``attribute``."""
    return [o for o in p.objects if o != oid and p.value(o, attribute) == p.value(oid, attribute)]


def holders(p) -> list[str]:
    """Whoever the photo graph says is holding any dog."""
    return [who for dog in p.f("dog") for who in p.subjects("holding", dog)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph (right), large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Gwen, a Welsh district nurse on her break, looking at her grandson's tablet
C(
    "count",
    5,
    "Hiya, I'm on my break and our Rhys has sent me this off his tablet. How many balls are in it, cariad?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    5,
    "That little cylinder looks green to me — is it, or is it just the screen?",
    "verify(u(sel(cylinder)), color, green)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "green"),
)
C(
    "compare_attr",
    5,
    "Are the two brown ones made of the same stuff, d'you know?",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "superlative",
    5,
    "Which one is nearest the front? Just the colour, mind.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "negation",
    5,
    "And how many of them aren't balls at all?",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
X(5, "Duw, what are these meant to be for anyway? Is it some game they play in school now?")

# --- Kofi, a Ghanaian accountant in London; courteous and exact
C(
    "count",
    5,
    "Good evening. Kindly tell me how many of the large objects are made of rubber.",
    "count(f(scene(), size=large, material=rubber))",
    lambda s: n(s.f(size="large", material="rubber")),
)
C(
    "compare_count",
    5,
    "Are the rubber objects more numerous than the metal ones? Please confirm.",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    5,
    "How many objects are situated to the left of the large brown sphere?",
    "count(rel(u(f(sel(sphere), size=large, color=brown)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", size="large", color="brown"))),
)
C(
    "chain",
    5,
    "There is one cylinder behind the big brown sphere. To the right of that cylinder stands a sphere. What is the colour of that sphere?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=large, color=brown)), behind), shape=cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="large", color="brown"), "behind", shape="cylinder"),
            "right",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "list",
    5,
    "Please list the colours of the cubes for my records.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
X(5, "If I were to purchase all eight of these objects, what would the total cost come to, approximately?")

# scene 7: small gray metal cyl, large purple rubber sph (left), large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl (right), small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Travis, a youth baseball coach in Tampa
C(
    "count",
    7,
    "Alright buddy, how many cylinders we got in the lineup?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    7,
    "Metal ones and rubber ones — even split, or is one side stacked?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "attribute",
    7,
    "There's just the one ball out there. What color is it?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "superlative",
    7,
    "Which one's playing deepest — furthest back, I mean? Gimme the shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "spatial",
    7,
    "How many things are out in front of the big red cube?",
    "count(rel(u(f(sel(cube), size=large, color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="red"))),
)
C(
    "count",
    7,
    "Cubes and the ball together, what's that come to?",
    "count(union(sel(cube), sel(sphere)))",
    lambda s: n(s.f(shape=("cube", "sphere"))),
)

# --- Ingrid, a Norwegian dentist
C(
    "count",
    7,
    "How many is it of the small cylinders?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "compare_attr",
    7,
    "The two gray things — do they have the same form?",
    "same(f(scene(), color=gray), shape)",
    lambda s: alike(s, s.f(color="gray"), "shape"),
)
C(
    "position",
    7,
    "The yellow cube, does it stand on the left or the right side of the picture?",
    "choose(u(f(sel(cube), color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "chain",
    7,
    "In front of the big cyan cylinder there is a cube. Which colour has this cube?",
    "q(u(f(rel(u(f(sel(cylinder), size=large, color=cyan)), front), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", size="large", color="cyan"), "front", shape="cube"), "color"),
)
C(
    "superlative",
    7,
    "Counting from the left side, which thing comes as number two? Only the colour, please.",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "quantifier",
    7,
    "Is it so that all of the cylinders are small?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)

# scene 11: small brown metal cyl, large yellow metal sph (left), small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Mei, a Singaporean polytechnic student
C(
    "count",
    11,
    "Got how many brown things ah?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "verify",
    11,
    "The big cube is blue or not?",
    "verify(u(f(sel(cube), size=large)), color, blue)",
    lambda s: yes(s.a(s.the(shape="cube", size="large"), "color") == "blue"),
)
C(
    "negation",
    11,
    "Brown but not ball, how many got?",
    "count(fn(f(scene(), color=brown), shape=sphere))",
    lambda s: n(lacking(s, s.f(color="brown"), shape="sphere")),
)
C(
    "same_attr",
    11,
    "The small green cube ah, how many other ones also same material as it?",
    "count(same_attr(u(f(sel(cube), size=small, color=green)), material))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="green"), "material")),
)
C(
    "quantifier",
    11,
    "All the balls are rubber one, is it?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
X(11, "This one is computer generate right? Which software they use to make ah?")

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube (right), large red metal sph, small yellow rubber cube (left), large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Declan, a Cork bus driver
C(
    "count",
    24,
    "How many red yokes are in it, would you say?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "compare_attr",
    24,
    "Them two red balls, are they the same size so?",
    "same(f(sel(sphere), color=red), size)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "size"),
)
C(
    "spatial",
    24,
    "Is the little yellow cube to the left of the gray rubber one?",
    "exist(f(rel(u(f(sel(cube), color=gray, material=rubber)), left), color=yellow, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "yellow"}, "left", {"shape": "cube", "color": "gray", "material": "rubber"}
    ),
)
C(
    "position",
    24,
    "The green cube now — is it over the left side of the picture or the right?",
    "choose(u(f(sel(cube), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green")),
)
C(
    "compare_count",
    24,
    "D'you see as many cylinders there as balls?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)

# --- Hannah, thirteen, in Minnesota, typing lowercase
C("count", 24, "ok so um how many cubes are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    24,
    "and like how many of the cubes are small",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "superlative",
    24,
    "what color is the thing that's the farthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    24,
    "ok this one's hard. there's a cylinder in front of the big brown cube and then another cylinder to the left of that one. what color is the second cylinder",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=brown)), front), shape=cylinder)), left), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="brown"), "front", shape="cylinder"),
            "left",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "exist",
    24,
    "is there anything purple",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
X(24, "is this from a video game?? which one")

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Ruth, a retired Vermont librarian; gentle and complete
C(
    "count",
    26,
    "Good afternoon. How many green objects can you find in this picture?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "attribute",
    26,
    "I believe only one object here isn't made of metal. What color would that one be?",
    "q(u(fn(scene(), material=metal)), color)",
    lambda s: s.a(only(lacking(s, s.all(), material="metal")), "color"),
)
C(
    "compare_attr",
    26,
    "The two purple cubes appear to be the same size to me. Are they?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "superlative",
    26,
    "Which object sits farthest to the right? I'd like to know its shape.",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)
C(
    "compare_size",
    26,
    "Which is bigger, would you say: the brown cylinder or the little green sphere?",
    "q(u(f(union(f(sel(cylinder), color=brown), f(sel(sphere), size=small, color=green)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="brown"), s.the(shape="sphere", size="small", color="green")),
)
X(26, "Do you suppose whoever made this had a favorite color? There's an awful lot of green.")

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph

# --- Joe, a New Jersey plumber
C(
    "count",
    28,
    "Okay, how many pipes — cylinders, whatever — in this one?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    28,
    "The two red cylinders. Same material or not?",
    "same(f(sel(cylinder), color=red), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "material"),
)
C(
    "spatial",
    28,
    "How many things are sittin' behind the ball?",
    "count(rel(u(sel(sphere)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
C(
    "compare_size",
    28,
    "Which one's bigger, the brown ball or the purple cylinder?",
    "q(u(f(union(f(sel(sphere), color=brown), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="brown"), s.the(shape="cylinder", color="purple")),
)
C(
    "position",
    28,
    "The little red one — left side of the picture or right?",
    "choose(u(f(scene(), size=small, color=red)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(size="small", color="red")),
)
X(28, "If that big red one was real copper, what's it go for at the scrapyard?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (far left, front), small brown rubber sph (right)

# --- Amara, a pharmacist in Lagos
C(
    "count",
    29,
    "Please, how many of the objects are cyan?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    29,
    "Those two cyan objects, are they the same shape?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)
C(
    "two_clause",
    29,
    "Is the red cylinder big, and is it also made of metal?",
    "and_(verify(u(f(sel(cylinder), color=red)), size, large), verify(u(f(sel(cylinder), color=red)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="red"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="red"), "material") == "metal"
    ),
)
C(
    "spatial",
    29,
    "Is the small brown ball in front of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "cyan"}),
)
C(
    "superlative",
    29,
    "The one that is farthest to the left, what is its colour please?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(29, "My son needs these for a school project. Where can I buy them and how much do they cost?")

# scene 31: small cyan rubber cyl, large green metal cyl (far right), large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Pedro, a Texas sixteen-year-old
C("count", 31, "yo how many balls is in this one", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    31,
    "and how many of them balls are small",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "verify",
    31,
    "the cube is purple right",
    "verify(u(sel(cube)), color, purple)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "purple"),
)
C(
    "compare_count",
    31,
    "are there more balls than cylinders or what",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "chain",
    31,
    "whats the color of the cylinder in front of the little blue ball",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=blue)), front), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="blue"), "front", shape="cylinder"), "color"),
)
X(31, "if they all started rolling which one would win lol")

# --- Margit, a Hungarian piano teacher
C(
    "count",
    31,
    "How much objects are large here, please?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "compare_attr",
    31,
    "The large objects — are they from the same material?",
    "same(f(scene(), size=large), material)",
    lambda s: alike(s, s.f(size="large"), "material"),
)
C(
    "negation",
    31,
    "How many objects are not metal and also not spheres?",
    "count(fn(fn(scene(), material=metal), shape=sphere))",
    lambda s: n([i for i in s.all() if s.a(i, "material") != "metal" and s.a(i, "shape") != "sphere"]),
)
C(
    "spatial",
    31,
    "Right from the small purple cube, how many objects are standing?",
    "count(rel(u(f(sel(cube), size=small, color=purple)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="small", color="purple"))),
)
C(
    "superlative",
    31,
    "Which object is the second one from the front? Tell me its colour.",
    "q(ord(scene(), front, 2), color)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "color"),
)
C(
    "list",
    31,
    "The cylinders — which colours do they have? All of them, please.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Kevin, an Australian electrician
C(
    "count",
    41,
    "G'day mate, how many yellow ones have we got?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_count",
    41,
    "More cylinders than balls, would ya reckon?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "attribute",
    41,
    "What's the one cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "spatial",
    41,
    "Anything yellow sitting to the right of the big blue ball?",
    "exist(f(rel(u(f(sel(sphere), size=large, color=blue)), right), color=yellow))",
    lambda s: yes(
        bool(among(s, related(s, "right", s.the(shape="sphere", size="large", color="blue")), color="yellow"))
    ),
)
C(
    "position",
    41,
    "That big cyan cylinder — left of the picture or right, mate?",
    "choose(u(f(sel(cylinder), size=large, color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="large", color="cyan")),
)
X(41, "What would that blue cube weigh if it was solid steel? Reckon I could lift it?")

# --- Sunita, a software manager in Bangalore
C(
    "count",
    41,
    "Can you please tell how many cylinders are there in total?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "quantifier",
    41,
    "Yellow objects are all made of metal only, is it?",
    "not_(exist(fn(f(scene(), color=yellow), material=metal)))",
    lambda s: every(s, s.f(color="yellow"), material="metal"),
)
C(
    "same_attr",
    41,
    "How many other objects are having the same colour as the big gray sphere?",
    "count(same_attr(u(f(sel(sphere), size=large, color=gray)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="gray"), "color")),
)
C(
    "chain",
    41,
    "In front of the blue cube there is one sphere. On the right side of that sphere there is one cylinder. What is the colour of that cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=blue)), front), shape=sphere)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="blue"), "front", shape="sphere"), "right", shape="cylinder"),
        "color",
    ),
)
C(
    "superlative",
    41,
    "Which object is kept at the very back? Shape only.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "number",
    41,
    "Among the spheres, how many different colours are there?",
    "nvalues(sel(sphere), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="sphere")})),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl (left), small blue rubber sph (far left), large yellow metal sph (front, far right)

# --- Stan, a Polish-born baker in Chicago
C(
    "count",
    42,
    "How many blue things is in picture?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "negation",
    42,
    "Blue things but not the cylinders — how many is?",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="blue"), shape="cylinder")),
)
C(
    "compare_attr",
    42,
    "The two cubes, they are same material or different?",
    "worded(same(sel(cube), material), [same, different])",
    lambda s: said_same(alike(s, s.f(shape="cube"), "material")),
)
C(
    "chain",
    42,
    "In front of the small gray cube is one ball. Which colour it has?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=gray)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="gray"), "front", shape="sphere"), "color"),
)
C(
    "compare_size",
    42,
    "Which is bigger: the gray cube or the blue rubber cylinder?",
    "q(u(f(union(f(sel(cube), color=gray), f(sel(cylinder), color=blue, material=rubber)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="blue", material="rubber")),
)
X(42, "In my bakery the customers ask me everything. How much flour would fit in the big blue cylinder?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph (right), large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Chloe, nineteen, at university
C(
    "count",
    43,
    "ok literally how many cyan things are there",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_attr",
    43,
    "are the cyan ones all the same size tbh",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "exist",
    43,
    "is there like a red thing anywhere",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "superlative",
    43,
    "whats the thing furthest to the front, shape pls",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "two_clause",
    43,
    "wait is there a green cube AND a gray ball",
    "and_(exist(f(sel(cube), color=green)), exist(f(sel(sphere), color=gray)))",
    lambda s: yes(bool(s.f(shape="cube", color="green")) and bool(s.f(shape="sphere", color="gray"))),
)
X(43, "lowkey which one would look best as a phone case")

# --- Arthur, a retired Surrey bank manager
C(
    "count",
    43,
    "I wonder whether you might tell me how many of the objects are made of rubber.",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    43,
    "I take it every cube in the picture is a large one?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "spatial",
    43,
    "Would you tell me how many objects lie behind the large blue cube?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="large", color="blue"))),
)
C(
    "compare_size",
    43,
    "Between the blue cylinder and the gray sphere, which is the larger?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(sphere), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="sphere", color="gray")),
)
C(
    "same_attr",
    43,
    "How many other objects are made of the same material as the gray sphere?",
    "count(same_attr(u(f(sel(sphere), color=gray)), material))",
    lambda s: n(others(s, s.the(shape="sphere", color="gray"), "material")),
)
C(
    "attribute",
    43,
    "And the green cube: rubber or metal, would you say?",
    "choose(u(f(sel(cube), color=green)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl (left), small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Dolores, a Puerto Rican grandmother in the Bronx
C(
    "count",
    45,
    "Ay mija, how many little cubes are in there?",
    "count(f(sel(cube), size=small))",
    lambda s: n(s.f(shape="cube", size="small")),
)
C(
    "quantifier",
    45,
    "The big ones, they are all balls, no?",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)
C(
    "compare_count",
    45,
    "Same number of cubes and cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "spatial",
    45,
    "How many things are to the left of the gray ball?",
    "count(rel(u(f(sel(sphere), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="sphere", color="gray"))),
)
C(
    "list",
    45,
    "What colours are the balls? Tell me all of them.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "quantifier",
    45,
    "Except for the balls, is everything small?",
    "not_(exist(fn(fn(scene(), shape=sphere), size=small)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere"), size="small"),
)
X(45, "Ay, which one would my grandson like best, you think? He's turning five on Sunday.")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Raj, a Birmingham taxi dispatcher
C(
    "count",
    46,
    "Alright bab, how many metal ones have we got?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    46,
    "Are there as many rubber ones as metal ones?",
    "eq(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) == len(s.f(material="metal"))),
)
C(
    "chain",
    46,
    "Behind the little purple cube there's a big cube, and to the right of that there's a ball. What colour's the ball, bab?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=purple)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="purple"), "behind", shape="cube"),
            "right",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "superlative",
    46,
    "What's right at the back, shape-wise?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_size",
    46,
    "Which is bigger, the gray cube or the cyan metal cylinder?",
    "q(u(f(union(f(sel(cube), color=gray), f(sel(cylinder), color=cyan, material=metal)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="cyan", material="metal")),
)

# --- Elsie, nine, polite and careful
C(
    "count",
    46,
    "please can you tell me how many spheres there are",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "verify",
    46,
    "is the cube at the very front red",
    "verify(ord(sel(cube), front, 1), color, red)",
    lambda s: yes(s.a(nth(s, s.f(shape="cube"), "front"), "color") == "red"),
)
C(
    "exist",
    46,
    "is there a yellow one",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
C(
    "compare_attr",
    46,
    "are the two purple things the same shape",
    "same(f(scene(), color=purple), shape)",
    lambda s: alike(s, s.f(color="purple"), "shape"),
)
C(
    "position",
    46,
    "is the green ball on the left side of the picture or the right side",
    "choose(u(f(sel(sphere), color=green)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="green")),
)
C(
    "negation",
    46,
    "how many things are not cubes",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube (right), small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Nils, a Dutch bicycle courier; blunt
C("count", 47, "How many cubes? Just the number.", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_count",
    47,
    "More purple things than red things, or not?",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=red)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="red"))),
)
C(
    "verify",
    47,
    "The thing furthest to the right is a cube, yes or no?",
    "verify(ord(scene(), right, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.all(), "right"), "shape") == "cube"),
)
C(
    "quantifier",
    47,
    "Both spheres are yellow, correct?",
    "not_(exist(fn(sel(sphere), color=yellow)))",
    lambda s: every(s, s.f(shape="sphere"), color="yellow"),
)
C(
    "spatial",
    47,
    "How many things are in front of the big blue cube?",
    "count(rel(u(f(sel(cube), size=large, color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="blue"))),
)
X(47, "If I ride my bike straight into them, which one falls over first?")

# --- Grace, a Kentucky church organist
C(
    "count",
    47,
    "Oh my, how many purple pieces are there, honey?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    47,
    "Those three purple cubes — are they all the same size?",
    "same(f(sel(cube), color=purple), size)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "attribute",
    47,
    "What shape is the big cyan one?",
    "q(u(f(scene(), size=large, color=cyan)), shape)",
    lambda s: s.a(s.the(size="large", color="cyan"), "shape"),
)
C(
    "superlative",
    47,
    "Going from the back, which is the third one? I'd like its color.",
    "q(ord(scene(), behind, 3), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 3), "color"),
)
C(
    "same_attr",
    47,
    "How many other things are the same color as the little metal purple cube?",
    "count(same_attr(u(f(sel(cube), size=small, color=purple, material=metal)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="purple", material="metal"), "color")),
)
C(
    "position",
    47,
    "The small yellow ball — is it over toward the left of the picture or the right?",
    "choose(u(f(sel(sphere), size=small, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="yellow")),
)
X(47, "Whose little toys are these, do you know? They'd look sweet on the church nursery shelf.")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Tariq, a Bradford driving instructor
P(
    "text",
    "street",
    "Right then, hazard perception. What's painted on the road surface there?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "The white car's on the bus's left-hand side, yes?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P("count", "street", "How many pedestrians have I got to watch out for?", "count(sel(person))", lambda p: n(people(p)))
P(
    "where",
    "street",
    "The woman with the dog — is she stood in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "text",
    "street",
    "And the sign up in the corner, what does that say? I can't quite read it.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P(
    "compare_count",
    "street",
    "More blokes than women on the pavement?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
X("street", "What's the speed limit on this road, do you know?")

# --- Beatriz, a Portuguese au pair
P(
    "attribute",
    "street",
    "Which is the colour of the woman's clothes?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "chain",
    "street",
    "The woman holds what animal?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "attribute",
    "street",
    "And the dog, it is of which colour?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "chain",
    "street",
    "The man who is at the right of the woman, his tie is of what colour?",
    "q(u(rel(u(rel(u(sel(woman)), right, name=man)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, only(named(p, p.subjects("right", p.the("woman")), "man"))), "color"),
)
P(
    "negation",
    "street",
    "How many persons don't have a tie?",
    "count(diff(sel(person), rel(sel(tie), wearing)))",
    lambda p: n([o for o in people(p) if o not in wearers(p, "tie")]),
)
X("street", "The writing on the bus is in Spanish — this is Madrid or Barcelona?")

# --- Cooper, eleven, learning Spanish in Iowa
P(
    "text",
    "street",
    "my spanish teacher said theres spanish on the bus. what does the bus say exactly",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "how many cars and buses are there all together",
    "count(union(sel(car), sel(bus)))",
    lambda p: n(p.f(("car", "bus"))),
)
P(
    "spatial",
    "street",
    "is the tree in back of the bus",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "superlative",
    "street",
    "whos on the very left, a man or a woman",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "compare_attr",
    "street",
    "is the car the same color as the guy on the right",
    "same(u(sel(car)), ord(sel(person), right, 1), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(side_of(p, people(p), "right"), "color")),
)
P("exist", "street", "is there a motorcycle", "exist(sel(motorcycle))", lambda p: yes(bool(p.f("motorcycle"))))

# --- Maxine, a Brooklyn parking-enforcement officer
P(
    "count",
    "street",
    "How many vehicles am I lookin' at here, hon?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "position",
    "street",
    "That car — top of the shot or bottom?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P(
    "list",
    "street",
    "What colors are the two ties? Gimme both.",
    "values(sel(tie), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("tie")),
)
P(
    "two_clause",
    "street",
    "Bus is red and the car's white, correct?",
    "and_(verify(u(sel(bus)), color, red), verify(u(sel(car)), color, white))",
    lambda p: yes(p.value(p.the("bus"), "color") == "red" and p.value(p.the("car"), "color") == "white"),
)
P(
    "number",
    "street",
    "How many different colors are the people wearin'?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "spatial",
    "street",
    "Is that sign to the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
X("street", "What's the fine for parkin' there — fifty bucks? Sixty-five?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a silver metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Agnes, a retired Gateshead dinner lady
P("count", "kitchen", "How many cups has she put out, pet?", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "verify",
    "kitchen",
    "Is that plate white? It looks white from here.",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P(
    "chain",
    "kitchen",
    "What colour's the thing lying next to the plate?",
    "q(u(rel(u(sel(plate)), near)), color)",
    lambda p: p.value(only(p.subjects("near", p.the("plate"))), "color"),
)
P(
    "negation",
    "kitchen",
    "How many of the cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "text",
    "kitchen",
    "What's the time on that clock on the wall, hinny?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
X("kitchen", "Is she about to sit down for her dinner, d'you think?")

# --- Jun, a food blogger styling a flat lay
P(
    "list",
    "kitchen",
    "ok so for the flat lay — what colours are the cups? list them",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "number",
    "kitchen",
    "how many different colours are on the table, everything counted?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: colour_count(p, on_table(p)),
)
P(
    "superlative",
    "kitchen",
    "whats the leftmost thing sitting on the table",
    "q(ord(rel(u(sel(table)), on), left, 1), name)",
    lambda p: p.name(side_of(p, on_table(p), "left")),
)
P(
    "attribute",
    "kitchen",
    "what is the table made of",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "compare_attr",
    "kitchen",
    "does the clock match the plate colour-wise",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
X("kitchen", "what brand are those cups? need to tag them in the post")

# --- Bill, a Wisconsin dad doing the dishes
P(
    "count",
    "kitchen",
    "Ope, how many things are sittin' on the table there?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "Is the lady standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "chain",
    "kitchen",
    "What color's the cup just to the right of the water bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "count",
    "kitchen",
    "How many white things are on the table, then?",
    "count(f(rel(u(sel(table)), on), color=white))",
    lambda p: n([o for o in on_table(p) if p.value(o, "color") == "white"]),
)
P(
    "exist",
    "kitchen",
    "Is there a spoon anywhere? Can't find one.",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
P(
    "verify",
    "kitchen",
    "That fork — is it silver?",
    "verify(u(sel(fork)), color, silver)",
    lambda p: yes(p.value(p.the("fork"), "color") == "silver"),
)

# --- Léa, a French waitress
P(
    "text",
    "kitchen",
    "What is written on the bottle?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "The blue cup, she is at the left of the bottle?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "superlative",
    "kitchen",
    "The cups, counting from the right — the second one, which colour?",
    "q(ord(sel(cup), right, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right", 2), "color"),
)
P(
    "compare_count",
    "kitchen",
    "There are more cups than plates, no?",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
P(
    "chain",
    "kitchen",
    "There is a cup at the right of the bottle, and a woman at the right of this cup. Her clothes are which colour?",
    "q(u(rel(u(rel(u(sel(bottle)), right, name=cup)), right, name=woman)), color)",
    lambda p: p.value(
        only(named(p, p.subjects("right", only(named(p, p.subjects("right", p.the("bottle")), "cup"))), "woman")),
        "color",
    ),
)
P(
    "quantifier",
    "kitchen",
    "All the things on the table, they are cups?",
    "not_(exist(diff(rel(u(sel(table)), on), sel(cup))))",
    lambda p: yes(all(p.name(o) == "cup" for o in on_table(p))),
)
X("kitchen", "How much costs this bottle of water in a restaurant, you think?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Terrence, a retired Croydon postman
P("count", "park", "How many people in the park, all told?", "count(sel(person))", lambda p: n(people(p)))
P(
    "compare_count",
    "park",
    "More people than dogs, would you say?",
    "gt(count(sel(person)), count(sel(dog)))",
    lambda p: yes(len(people(p)) > len(p.f("dog"))),
)
P(
    "chain",
    "park",
    "What's the young lad chucking?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "What colour's the bench?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "spatial",
    "park",
    "The bike's parked to the right of the bench, yeah?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bench")), "bicycle"))),
)
X("park", "What time of year would that be, d'you reckon — spring?")

# --- Hamid, an Iranian-born dentist in Los Angeles; formal
P("count", "park", "How many children are present in this image?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "The tree which stands behind the lady holding the black dog — is it on the left or the right of the image?",
    "choose(u(rel(u(rel(u(f(sel(dog), color=black)), holding)), behind)), hposition, [left, right])",
    lambda p: p.value(
        only(p.subjects("behind", only(p.subjects("holding", p.the("dog", color="black"))))), "hposition"
    ),
)
P(
    "superlative",
    "park",
    "Which person is standing farthest on the right side?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "number",
    "park",
    "How many distinct colours are the people's clothes?",
    "nvalues(sel(person), color)",
    lambda p: colour_count(p, people(p)),
)
P(
    "compare_attr",
    "park",
    "Are the two women dressed in the same colour?",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
X("park", "In which city is this park located? It resembles one I knew in Shiraz.")

# --- Becca, a Leeds mum typing one-handed
P(
    "exist",
    "park",
    "sorry typing one handed — is there a swing in this?",
    "exist(sel(swing))",
    lambda p: yes(bool(p.f("swing"))),
)
P("count", "park", "how many dogs, the toddler wants to know", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "attribute",
    "park",
    "what colour is the girl's top",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "chain",
    "park",
    "the dog that's by the girl — what colour is it",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "position",
    "park",
    "frisbee's up at the top of the picture, yeah?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P(
    "negation",
    "park",
    "how many grown-ups? so not the kids",
    "count(diff(sel(person), sel(child)))",
    lambda p: n([o for o in people(p) if o not in children(p)]),
)

# --- Marcus, a Chicago dog trainer
P(
    "list",
    "park",
    "What colors are the dogs? Both of them, please.",
    "values(sel(dog), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("dog")),
)
P(
    "spatial",
    "park",
    "Who's got a dog in their hands?",
    "q(u(rel(sel(dog), holding)), name)",
    lambda p: p.name(only(holders(p))),
)
P(
    "chain",
    "park",
    "And the woman holding the black dog — what color is she wearing?",
    "q(u(rel(u(f(sel(dog), color=black)), holding, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("holding", p.the("dog", color="black")), "woman")), "color"),
)
P(
    "compare_count",
    "park",
    "Same number of dogs as trees?",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "two_clause",
    "park",
    "Is the bench green and made of wood?",
    "and_(verify(u(sel(bench)), color, green), verify(u(sel(bench)), material, wood))",
    lambda p: yes(p.value(p.the("bench"), "color") == "green" and p.value(p.the("bench"), "material") == "wood"),
)
X("park", "What breed is the black one? Lab mix?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Bronwyn, a Brisbane kindergarten aide
P("count", "shapes", "Righto, how many circles can we find?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "What colour's the star?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P("exist", "shapes", "Is there an oval in there anywhere?", "exist(sel(oval))", lambda p: yes(bool(p.f("oval"))))
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red ones?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "What shape's sitting smack in the middle?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
X("shapes", "Which shape do you reckon the kiddies will like best?")

# --- Tobias, a German design intern
P(
    "count",
    "shapes",
    "How many forms are in the upper line?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "superlative",
    "shapes",
    "In the lower line, which form is the most right one?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "list",
    "shapes",
    "Which colours have the big forms? Please list.",
    "values(f(scene(), size=large), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="large")),
)
P(
    "compare_attr",
    "shapes",
    "Square and hexagon — same colour, yes?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "number",
    "shapes",
    "How many different colours are in the lower line?",
    "nvalues(f(scene(), vposition=bottom), color)",
    lambda p: colour_count(p, p.f(vposition="bottom")),
)
P(
    "negation",
    "shapes",
    "Without counting the circles, how many blue forms remain?",
    "count(fn(f(scene(), color=blue), shape=circle))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "shape") != "circle"]),
)

# --- Luis, six, spelling as he hears
P("count", "shapes", "how many triangels", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "wich is biger the square or the triangel",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "exist",
    "shapes",
    "is ther a green star",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)
P(
    "attribute",
    "shapes",
    "wat color is the shape with six sides",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
X("shapes", "is the triangel going to fall down")

# --- Patricia, a brisk Boston accountant
P("count", "shapes", "How many shapes total? Quick.", "count(scene())", lambda p: n(p.objects))
P(
    "compare_count",
    "shapes",
    "Small shapes outnumber the large ones, yes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "count",
    "shapes",
    "How many of the blue shapes are small?",
    "count(f(scene(), color=blue, size=small))",
    lambda p: n(p.f(color="blue", size="small")),
)
P(
    "quantifier",
    "shapes",
    "Is every shape in the top row a large one?",
    "not_(exist(fn(f(scene(), vposition=top), size=large)))",
    lambda p: yes(all(p.value(o, "size") == "large" for o in p.f(vposition="top"))),
)
P(
    "same_attr",
    "shapes",
    "How many shapes are the same size as the star? Don't count the star.",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n(sharing(p, p.the("star"), "size")),
)
P(
    "position",
    "shapes",
    "What's in the bottom-left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)

# --- Dev, a colour-blind IT contractor
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
    "Are the two circles the same colour? They look identical to me.",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "verify",
    "shapes",
    "The shape in the bottom left — is it yellow, or am I wrong again?",
    "verify(u(f(scene(), hposition=left, vposition=bottom)), color, yellow)",
    lambda p: yes(p.value(p.the(hposition="left", vposition="bottom"), "color") == "yellow"),
)
P("count", "shapes", "How many red shapes are there?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "same_attr",
    "shapes",
    "How many other shapes share the hexagon's colour?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(sharing(p, p.the("hexagon"), "color")),
)
P(
    "list",
    "shapes",
    "Which shapes are blue? Name them all.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)

# --- Nonna Carla, an Italian grandmother
P("count", "shapes", "How many round ones there are?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The big round one, what colour is?",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "position",
    "shapes",
    "The yellow one, it is up or down?",
    "choose(u(f(scene(), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(p.the(color="yellow"), "vposition"),
)
P(
    "compare_size",
    "shapes",
    "The big round one is more big than the star, no?",
    "larger(u(f(sel(circle), size=large)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("circle", size="large"), p.the("star")),
)
P(
    "exist",
    "shapes",
    "There is something purple?",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
X("shapes", "Who made this drawing? A child, maybe my grandson?")

# --- Shawn, an Atlanta truck dispatcher
P(
    "count",
    "shapes",
    "Aight, how many rectangles we got? Squares count too.",
    "count(union(f(scene(), shape=rectangle), f(scene(), shape=square)))",
    lambda p: n(rectangles(p)),
)
P(
    "position",
    "shapes",
    "What's up in the top-left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Top row, second from the right — what is it?",
    "q(ord(f(scene(), vposition=top), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right", 2), "shape"),
)
P(
    "two_clause",
    "shapes",
    "Is there a star in there, and is there a hexagon?",
    "and_(exist(sel(star)), exist(sel(hexagon)))",
    lambda p: yes(bool(p.f("star")) and bool(p.f("hexagon"))),
)
P(
    "compare_count",
    "shapes",
    "Fewer red ones than blue ones?",
    "lt(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) < len(p.f(color="blue"))),
)
P(
    "negation",
    "shapes",
    "How many of 'em ain't blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)

# --- Imogen, an art-history student
P(
    "number",
    "shapes",
    "How many distinct hues does the composition use?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "quantifier",
    "shapes",
    "Are the majority of the shapes blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)
P(
    "compare_size",
    "shapes",
    "Which dominates in scale — the yellow rectangle or the hexagon?",
    "q(u(f(union(f(sel(rectangle), color=yellow), sel(hexagon)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("hexagon")),
)
P(
    "same_attr",
    "shapes",
    "Apart from the triangle itself, does any shape share its colour?",
    "exist(same_attr(u(sel(triangle)), color))",
    lambda p: yes(bool(sharing(p, p.the("triangle"), "color"))),
)
P(
    "position",
    "shapes",
    "Is the triangle placed on the left or the right of the composition?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "position",
    "shapes",
    "And what occupies the lower right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
X("shapes", "Is this meant as a homage to Kandinsky, do you think?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
