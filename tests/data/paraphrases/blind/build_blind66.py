# ruff: noqa: E501
"""Blind paraphrase set 66: a twelfth fresh crowd with no common theme. About forty ordinary people, each imagined once
and kept in character for five to seven questions about one picture, asking in their own words and habits of speech,
always understandably to a careful reader.

The cast. On the CLEVR pictures: Dorothy, a retired Yorkshire primary teacher helping her grandson with homework, who
rambles ("Now then", "love", "bless him"); Milo, seven, typing in lowercase with no question marks ("how many yellow
balls is there"); Callum, a terse Aberdeen roustabout ("Cubes. How many?", "wee", "aye"); Priya, a warehouse stock
controller who speaks stock-take ("units", "all shapes in", "don't double-count"); Hiroshi, a retired Japanese railway
engineer writing careful, formal English ("if you please", "is that correct?"); Rafa, a Brazilian surf instructor
("how many balls have in this picture", "the two balls of brown", "what colour he is?"); Aldous, a pedantic philosophy
lecturer who puts his questions inside statements ("I should like to establish whether most of ..."); Gordon, an
air-traffic controller in radio speak ("Confirm", "Say colour", "affirm or negative"); Dieter, a German engineer
("exactly", "Correct?", "stands right of"); Zoe, fourteen, texting ("r", "or nah", "ngl", "lol"); Bernard, a Louisiana
fishing guide ("big ol'", "them two gray boxes", "bigger'n", "reckon"); DI Rhona, a Glasgow detective ("for the
record", "the subject", "we'll need names"); Ava, six, with her mother typing; Marguerite, a jeweller who sorts by
finish ("matte rubber rather than polished metal", "pieces"); Sione, a Tongan-New Zealand rugby coach ("Kia ora bro",
"eh", "the little fellas", "or nah"); Lan, a Vietnamese nail-salon owner in Houston ("Honey, how many green one",
"it big or small?"); Maureen, a Blackpool bingo caller ("Eyes down!", "my lovely"); Wendell, a Texas realtor ("on this
lot", "on the property", "ballpark"); Svetlana, a Russian chess coach ("which piece stands", "Say its colour"); Tomás,
a Texas mechanic ("parts", "the shiny ones", "what we got"); Barry, a snooker commentator ("And the red there", "the
yellow", "for the purists"). On the photo-like graphs: Marlene, a New York cab driver ("Whaddaya got", "standin'
around"); Ethan, ten and mad about buses; Deepa, an urban planner ("pedestrians in frame", "signage", "street tree");
Brenda, a Liverpool lollipop lady ("love", "fella", "stood"); Rosa, a line cook ("Yes chef", "what we got"); Harold,
eighty-four and half-sighted, talking to his carer; Yuki, a Japanese exchange student ("the cup on the most left
side", "same colour, yes?"); Mrs Patel, a caterer ("crockery", "laid"); Shaz, an Essex dog walker ("Ooh", "innit");
Ranger Pete ("visitors", "in frame", "timber"); Lily, eight; Fatima, a Moroccan nanny writing French-shaped English
("How many women there is", "near of the bicycle", "which colour it is?"). On the drawing: Ms Adebayo, a maths teacher
("Right, class"); Jonah, five; Agnieszka, a Polish typographer ("elements", "artboard", "which colour has it?"); Sam, a
terse software tester ("Count the triangles.", "y/n", "Bottom-right corner: shape?"); Edna, a Kansas quilter who
calls the shapes patches; a retired Colonel ("Report", "Confirm"); Mavis, a crossword setter ("six-sided", "I do like
to imagine"); and Nadia, a Ukrainian-born architecture student ("figures", "upper row", "tell all of them").

Sentence shapes: bare fragments ("Cubes. How many?", "Triangle colour?"), fronted places and topics ("Behind the
little cube, how many things there is?", "Top row, counting from the left: which shape is first?"), tags ("innit?",
"aye?", "yeah?", "isn't it?", "is true?", "or nah"), questions inside statements ("I should like to establish
whether ...", "He wants its colour for his worksheet"), comparisons said several ways ("more ... than all the other
shapes put together", "as many ... as", "same number of each", "fewer ... than", "bigger'n", "does one dwarf the
other?", "is one of 'em a runt?"), negatives and exceptions ("not counting anything purple", "other than the cups",
"neither green nor cylinders", "setting aside the lone cube", "everything except the cylinder", "apart from"), and
follow-ups that point back while naming what they point at ("And that matte one", "And of those", "And that yellow
rectangle down in the corner").

The questions cover counts (with conditions, "not counting", "other than", "neither ... nor", "or", "put together"),
existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer", "as many as",
"the same number") and of attributes (same colour, size, shape or material), quantifiers ("all", "every", "both",
"none", "any", "most of"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs only their
stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and two-hop chains,
superlatives and ordinals, other things sharing a value, which of two things is the bigger, a list of values, the
number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the
text on the photos' bus, sign, road, bottle and clock. About half ask about CLEVR val scenes (49, 52, 55, 59, 54, 38,
57, 32, 48, 56, 50, 35, 36 and 15; one or two people to a scene), about 30% about the photo-like graphs (street,
kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused, each in the same voice as
the person's other questions (names and owners, prices, feelings and opinions, what happens next, why, the world
outside the picture).

Conventions (as set 53's). "The X" is only used where exactly one X matches, counting a square as a rectangle; places
and orders are only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25
scene units) of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of
an object whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos
neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations
and attributes leave open (no "what is right of the blue cup", as the eye sees the white cup there too though the
graph states only the bottle). A which-side question is answered with the side; a "which is bigger" between two things
is asked only where their size classes differ, and answered with the word that tells the bigger one from the other
(its shape). Answers are the graph's words (gray, not grey; sphere, not ball; "green, red" for a list, most frequent
first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag ("affirm or negative", "y/n"). Every gold
program and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/), its tests or any other
question set; the only files read were build_blind53.py (its docstring, helpers and code, for the format and
conventions), the first lines of blind53.jsonl (for the line format) and the blind_gold.py helpers it imports, plus the
scenes themselves (photo_scenes.json and the CLEVR val scenes file). No question was run through nsvr's parser,
planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind66.py`` to write ``../blind66.jsonl``; ``--check`` also runs every gold program with nsvr.
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

OUT = Path(__file__).resolve().parents[1] / "blind66.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph (far right), small green metal cube, large purple metal sph (far left), small green rubber cyl, small yellow rubber sph (front), small gray rubber cyl (back)

# --- Dorothy, a retired Yorkshire primary teacher helping her grandson with his homework; she rambles
C(
    "count",
    49,
    "Now then, our Jack's left this picture up on the computer for his homework and I've said I'll help. How many of the little balls are there? Just the small ones, mind — not that big purple one.",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_count",
    49,
    "And would you say there are more balls than all the other shapes put together? I make it more, but my eyes aren't what they were.",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(lacking(s, s.all(), shape="sphere"))),
)
C(
    "attribute",
    49,
    "That great big purple ball over on the left — is it one of the shiny metal ones or the rubbery sort?",
    "choose(u(f(sel(sphere), size=large, color=purple)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="purple"), "material"),
)
C(
    "superlative",
    49,
    "Which one's sat furthest back? He wants its colour for his worksheet, bless him.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "same_attr",
    49,
    "There's a little green cube in there. How many other things in the picture are green like that, then?",
    "count(same_attr(u(f(sel(cube), color=green)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="green"), "color")),
)
C(
    "chain",
    49,
    "Right, this one's a bit of a mouthful, so bear with me. Behind the small purple ball there's a cube, and just to the right of that cube there's another ball. What colour is that ball, love?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=purple)), behind), shape=cube)), right), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="purple"), "behind", shape="cube"),
            "right",
            shape="sphere",
        ),
        "color",
    ),
)
X(
    49,
    "Our Jack says a computer made all these. Whatever will they think of next? How long do you suppose it took them to make it?",
)

# --- Milo, seven, typing it himself
C(
    "count",
    49,
    "how many yellow balls is there",
    "count(f(sel(sphere), color=yellow))",
    lambda s: n(s.f(shape="sphere", color="yellow")),
)
C(
    "verify",
    49,
    "is the cube green",
    "verify(u(sel(cube)), color, green)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "green"),
)
C(
    "superlative",
    49,
    "which ball is the most at the front what colour is it",
    "q(ord(sel(sphere), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "front"), "color"),
)
C(
    "compare_attr",
    49,
    "are the 2 yellow balls the same size",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "exist",
    49,
    "is there a red cylinder",
    "exist(f(sel(cylinder), color=red))",
    lambda s: yes(bool(s.f(shape="cylinder", color="red"))),
)
C(
    "spatial",
    49,
    "how many balls are on the left of the cube",
    "count(f(rel(u(sel(cube)), left), shape=sphere))",
    lambda s: n(among(s, related(s, "left", s.the(shape="cube")), shape="sphere")),
)
X(49, "if i roll the big ball will it knock all the others over")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl (back), large purple metal cube (front, left)

# --- Callum, a roustabout from Aberdeen; terse
C("count", 52, "Cubes. How many?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "exist",
    52,
    "Any rubber ones among the cubes?",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "quantifier",
    52,
    "No red cubes at all — that right?",
    "not_(exist(f(sel(cube), color=red)))",
    lambda s: yes(not s.f(shape="cube", color="red")),
)
C(
    "attribute",
    52,
    "The wee cylinder. What colour?",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_size",
    52,
    "Cylinder bigger than the blue cube?",
    "larger(u(sel(cylinder)), u(f(sel(cube), color=blue)))",
    lambda s: larger(s, s.the(shape="cylinder"), s.the(shape="cube", color="blue")),
)
C(
    "superlative",
    52,
    "What's sat furthest forward? Colour'll do.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(52, "What's the weather doing where this was taken? We're waiting on a chopper.")

# scene 55: large green metal cube, small purple rubber cube (far right), large purple rubber sph (back), small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph (far left), small yellow metal cube (front), large red rubber cube

# --- Priya, a warehouse stock controller
C(
    "count",
    55,
    "Doing a stock take off this picture — how many units are purple, all shapes in?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "quantifier",
    55,
    "Spheres: are they all purple? Just need to tick the box.",
    "not_(exist(fn(sel(sphere), color=purple)))",
    lambda s: every(s, s.f(shape="sphere"), color="purple"),
)
C(
    "count",
    55,
    "How many items are either cylinders or yellow? Don't double-count the yellow cylinder.",
    "count(union(sel(cylinder), f(scene(), color=yellow)))",
    lambda s: n(set(s.f(shape="cylinder")) | set(s.f(color="yellow"))),
)
C(
    "negation",
    55,
    "Rubber stock, not counting anything purple — what's the count?",
    "count(fn(f(scene(), material=rubber), color=purple))",
    lambda s: n(lacking(s, s.f(material="rubber"), color="purple")),
)
C(
    "compare_count",
    55,
    "Have we got as many cubes as spheres, or is one line short?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)

# --- Hiroshi, a retired Japanese railway engineer; careful, formal English
C(
    "count",
    55,
    "Excuse me. How many of the objects are made of metal, please?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "spatial",
    55,
    "The small gray cylinder is positioned to the right of the red cube — is that correct?",
    "exist(f(rel(u(f(sel(cube), color=red)), right), color=gray, shape=cylinder))",
    lambda s: is_rel(s, {"shape": "cylinder", "color": "gray"}, "right", {"shape": "cube", "color": "red"}),
)
C(
    "chain",
    55,
    "In front of the green cube there is one yellow object. Of what material is it made, please?",
    "q(u(f(rel(u(f(sel(cube), color=green)), front), color=yellow)), material)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "front", color="yellow"), "material"),
)
C(
    "superlative",
    55,
    "Which object stands second from the back? I would like to know its shape.",
    "q(ord(scene(), behind, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "shape"),
)
C(
    "number",
    55,
    "How many different colours are used among the cubes, if you please?",
    "nvalues(sel(cube), color)",
    lambda s: str(len({s.a(i, "color") for i in s.f(shape="cube")})),
)
C(
    "compare_attr",
    55,
    "The two cylinders — are they made of the same material? I believe so, but please confirm.",
    "same(sel(cylinder), material)",
    lambda s: alike(s, s.f(shape="cylinder"), "material"),
)

# scene 59: small purple rubber cyl (front), large cyan rubber cyl (far right), large brown rubber sph (far left), large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph (back)

# --- Rafa, a Brazilian surf instructor
C("count", 59, "Hey man, how many balls have in this picture?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    59,
    "The two balls of brown — same size, is true?",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "attribute",
    59,
    "Only one thing is of metal here, no? Which shape it is?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(only(s.f(material="metal")), "shape"),
)
C(
    "compare_count",
    59,
    "There is more purple things than brown things, yes or no?",
    "gt(count(f(scene(), color=purple)), count(f(scene(), color=brown)))",
    lambda s: yes(len(s.f(color="purple")) > len(s.f(color="brown"))),
)
C(
    "superlative",
    59,
    "The cylinder most on the right side, what colour he is?",
    "q(ord(sel(cylinder), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cylinder"), "right"), "color"),
)
C(
    "spatial",
    59,
    "Behind the little cube, how many things there is?",
    "count(rel(u(sel(cube)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube"))),
)

# --- Aldous, a philosophy lecturer; pedantic, and puts his questions inside statements
C(
    "quantifier",
    59,
    "Forgive the pedantry, but I should like to establish whether most of the objects here — and by 'most' I mean strictly more than half — are cylinders.",
    "gt(count(sel(cylinder)), count(fn(scene(), shape=cylinder)))",
    lambda s: most([s.a(i, "shape") == "cylinder" for i in s.all()]),
)
C(
    "quantifier",
    59,
    "Setting aside the lone cube, which I gather is metal, is it the case that every remaining object is made of rubber?",
    "not_(exist(fn(fn(scene(), shape=cube), material=rubber)))",
    lambda s: every(s, lacking(s, s.all(), shape="cube"), material="rubber"),
)
C(
    "compare_attr",
    59,
    "Do the large purple cylinder and the purple sphere share a size, or does one dwarf the other?",
    "same(u(f(sel(cylinder), size=large, color=purple)), u(f(sel(sphere), color=purple)), size)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large", color="purple"), "size")
        == s.a(s.the(shape="sphere", color="purple"), "size")
    ),
)
C(
    "chain",
    59,
    "Now, take the blue cylinder. Behind it stands another cylinder, and to the left of that one there is a third. I want to know whether the third is large or small.",
    "choose(u(f(rel(u(f(rel(u(f(sel(cylinder), color=blue)), behind), shape=cylinder)), left), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="blue"), "behind", shape="cylinder"), "left", shape="cylinder"),
        "size",
    ),
)
C(
    "number",
    59,
    "How many distinct colours are represented here — distinct in the ordinary sense, not mere shades?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(59, "And — indulge me — why would anyone arrange objects like this at all? What was the intention behind it?")

# scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)

# --- Gordon, an air-traffic controller; radio speak
C(
    "count",
    54,
    "Tower here. Confirm number of cubes in the picture.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    54,
    "Say colour of the only cylinder.",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "verify",
    54,
    "Cylinder is metal, affirm or negative?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "compare_attr",
    54,
    "Both gray cubes, same material? Report.",
    "same(f(sel(cube), color=gray), material)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "material"),
)
C(
    "spatial",
    54,
    "Traffic in front of the brown cylinder: how many objects?",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)
C(
    "spatial",
    54,
    "Green cube is to the left of the cylinder, confirm?",
    "exist(f(rel(u(sel(cylinder)), left), color=green, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "green"}, "left", {"shape": "cylinder"}),
)

# scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)

# --- Dieter, a German engineer
C("count", 38, "How many spheres are in the picture, exactly?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    38,
    "The two green spheres: are they made from the same material? I think not.",
    "same(f(sel(sphere), color=green), material)",
    lambda s: alike(s, s.f(shape="sphere", color="green"), "material"),
)
C(
    "negation",
    38,
    "How many objects are neither green nor cylinders?",
    "count(diff(fn(scene(), color=green), sel(cylinder)))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green" and s.a(i, "shape") != "cylinder"]),
)
C(
    "spatial",
    38,
    "The red sphere stands right of the metal cylinder. Correct?",
    "exist(f(rel(u(f(sel(cylinder), material=metal)), right), color=red, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "red"}, "right", {"shape": "cylinder", "material": "metal"}),
)
C(
    "compare_size",
    38,
    "Which is bigger — the red sphere or the rubber cylinder?",
    "q(u(f(union(f(sel(sphere), color=red), f(sel(cylinder), material=rubber)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", material="rubber")),
)

# --- Zoe, fourteen, texting
C("count", 38, "ok how many green things", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "verify",
    38,
    "is the thing at the very back a cylinder or nah",
    "verify(ord(scene(), behind, 1), shape, cylinder)",
    lambda s: yes(s.a(nth(s, s.all(), "behind"), "shape") == "cylinder"),
)
C(
    "quantifier",
    38,
    "wait r both cylinders gray",
    "not_(exist(fn(sel(cylinder), color=gray)))",
    lambda s: every(s, s.f(shape="cylinder"), color="gray"),
)
C(
    "spatial",
    38,
    "how many things r in front of the red ball",
    "count(rel(u(f(sel(sphere), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", color="red"))),
)
C(
    "position",
    38,
    "the shiny green ball, is it on the left or right side of the pic",
    "choose(u(f(sel(sphere), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="green", material="metal")),
)
X(38, "ngl which ball is the cutest lol")

# scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (far right), small yellow rubber sph (far left)

# --- Bernard, a Louisiana fishing guide
C(
    "count",
    57,
    "Well shoot, how many of them big ol' things are in there?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "attribute",
    57,
    "That little yellow ball way off on the left — what's it made of, rubber or metal?",
    "choose(u(f(sel(sphere), color=yellow)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "compare_attr",
    57,
    "Them two gray boxes — they the same size, or is one of 'em a runt?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)
C(
    "spatial",
    57,
    "How many things are sittin' behind that little brown cylinder?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "compare_size",
    57,
    "Is that blue ball bigger'n the brown cylinder?",
    "larger(u(f(sel(sphere), color=blue)), u(f(sel(cylinder), color=brown)))",
    lambda s: larger(s, s.the(shape="sphere", color="blue"), s.the(shape="cylinder", color="brown")),
)
C(
    "superlative",
    57,
    "Which one's furthest over to the right? What shape is it?",
    "q(ord(scene(), right, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "right"), "shape"),
)

# scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)

# --- DI Rhona, a Glasgow detective
C(
    "count",
    32,
    "Right. For the record: how many items in the scene are gray?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "superlative",
    32,
    "The item at the very back of the scene — what shape are we dealing with?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_count",
    32,
    "Metal items and rubber items: same number of each, or not?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "spatial",
    32,
    "Is the red cube in front of the red sphere? A yes or no will do.",
    "exist(f(rel(u(f(sel(sphere), color=red)), front), color=red, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "red"}, "front", {"shape": "sphere", "color": "red"}),
)
C(
    "chain",
    32,
    "Take the cube behind the red sphere. To the right of that cube there's a cylinder. What's the cylinder made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube)), right), shape=cylinder)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="red"), "behind", shape="cube"), "right", shape="cylinder"),
        "material",
    ),
)
X(32, "Who left these items here, and when? We'll need names.")

# --- Ava, six, with her mother typing
C(
    "count",
    32,
    "my mummy is typing this for me. how many red things are there",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "exist",
    32,
    "is there a big yellow ball",
    "exist(f(sel(sphere), size=large, color=yellow))",
    lambda s: yes(bool(s.f(shape="sphere", size="large", color="yellow"))),
)
C(
    "count",
    32,
    "how many of the boxes are gray",
    "count(f(sel(cube), color=gray))",
    lambda s: n(s.f(shape="cube", color="gray")),
)
C(
    "attribute",
    32,
    "what colour is the little ball",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "quantifier",
    32,
    "are all the boxes little",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
X(32, "is the yellow ball sad because it is all by itself")

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)

# --- Marguerite, a jeweller who sorts by finish
C(
    "count",
    48,
    "In my trade we sort by finish. How many of the pieces are matte rubber rather than polished metal?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "attribute",
    48,
    "And that matte rubber piece — what colour is it?",
    "q(u(f(scene(), material=rubber)), color)",
    lambda s: s.a(only(s.f(material="rubber")), "color"),
)
C(
    "quantifier",
    48,
    "Both green spheres are polished metal, are they?",
    "not_(exist(fn(f(sel(sphere), color=green), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", color="green"), material="metal"),
)
C(
    "list",
    48,
    "Which colours do the spheres come in? List them for me, would you?",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "verify",
    48,
    "The piece sitting furthest forward — is it a cube?",
    "verify(ord(scene(), front, 1), shape, cube)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "cube"),
)
C(
    "same_attr",
    48,
    "How many pieces share their colour with the little yellow cube, not counting the cube itself?",
    "count(same_attr(u(f(sel(cube), size=small, color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="yellow"), "color")),
)
X(48, "What would a set like this fetch at auction, roughly?")

# scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (far left), large green metal cyl

# --- Sione, a Tongan-New Zealand rugby coach
C(
    "count",
    56,
    "Kia ora bro — how many cubes we got in the squad, eh?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    56,
    "The big green cylinder, is that one metal or rubber, eh?",
    "choose(u(f(sel(cylinder), size=large, color=green)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="green"), "material"),
)
C(
    "count",
    56,
    "How many of the little fellas are spheres?",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "superlative",
    56,
    "Who's out in front of everyone? Colour, bro.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    56,
    "Any cubes sitting behind the green cylinder, eh?",
    "exist(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="cylinder", color="green")), shape="cube"))),
)
C(
    "compare_attr",
    56,
    "The two cyan ones, same shape or nah?",
    "same(f(scene(), color=cyan), shape)",
    lambda s: alike(s, s.f(color="cyan"), "shape"),
)

# scene 50 (all rubber): large purple sph (front), large red cyl, small yellow cube, small cyan sph, small blue cube, large green cube (far left), large green sph (back), small green cyl

# --- Lan, a Vietnamese nail-salon owner in Houston
C(
    "count",
    50,
    "Honey, how many green one in this picture?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "compare_count",
    50,
    "Big one and small one, same number or no?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda s: yes(len(s.f(size="large")) == len(s.f(size="small"))),
)
C(
    "attribute",
    50,
    "Purple ball, it big or small?",
    "choose(u(f(sel(sphere), color=purple)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "size"),
)
C(
    "spatial",
    50,
    "How many thing on right side of yellow cube?",
    "count(rel(u(f(sel(cube), color=yellow)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="yellow"))),
)
C(
    "list",
    50,
    "Cylinder, what colour they are? Tell me all.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(50, "This purple so pretty, what brand nail polish is it, you know?")

# --- Maureen, a Blackpool bingo caller
C(
    "count",
    50,
    "Eyes down! How many spheres have we got in this one, love?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "quantifier",
    50,
    "Is every single one of 'em rubber, then?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: every(s, s.all(), material="rubber"),
)
C(
    "superlative",
    50,
    "Second from the left — what colour's that one, my lovely?",
    "q(ord(scene(), left, 2), color)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "color"),
)
C(
    "negation",
    50,
    "How many green bits have we got that aren't cubes?",
    "count(fn(f(scene(), color=green), shape=cube))",
    lambda s: n(lacking(s, s.f(color="green"), shape="cube")),
)
C(
    "chain",
    50,
    "To the right of the little blue cube there's another cube — what colour's that one?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=blue)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="blue"), "right", shape="cube"), "color"),
)

# scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube (far right), large red metal sph (front), large gray metal cube

# --- Wendell, a Texas realtor
C("count", 35, "Alright, how many cubes on this lot?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "exist",
    35,
    "Anything on the property made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "spatial",
    35,
    "How many things sit to the left of that gray cube?",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)
C(
    "compare_attr",
    35,
    "The two green cubes — same finish? Looks to me like one of 'em's shiny.",
    "same(f(sel(cube), color=green), material)",
    lambda s: alike(s, s.f(shape="cube", color="green"), "material"),
)
C(
    "compare_size",
    35,
    "Is the red ball bigger than the purple one?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="purple")),
)
C(
    "position",
    35,
    "Which side of the picture's that shiny green cube on?",
    "choose(u(f(sel(cube), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green", material="metal")),
)

# scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (far left), large brown rubber cyl

# --- Svetlana, a Russian chess coach
C("count", 36, "Please, how many spheres do you see?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "superlative",
    36,
    "Which piece stands furthest to the left? Say its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "quantifier",
    36,
    "Is it true that everything except the cylinder is metal?",
    "not_(exist(fn(fn(scene(), shape=cylinder), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), shape="cylinder"), material="metal"),
)
C(
    "spatial",
    36,
    "Yellow cube — how many objects stand behind it?",
    "count(rel(u(f(sel(cube), color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="yellow"))),
)
C(
    "compare_attr",
    36,
    "The large spheres, they are same colour?",
    "same(f(sel(sphere), size=large), color)",
    lambda s: alike(s, s.f(shape="sphere", size="large"), "color"),
)
C(
    "chain",
    36,
    "There is a sphere to the right of the cylinder. Which colour does it have?",
    "q(u(f(rel(u(sel(cylinder)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder"), "right", shape="sphere"), "color"),
)
X(36, "If this were a chess position, what would be the best next move?")

# scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)

# --- Tomás, a Texas mechanic
C(
    "count",
    15,
    "How many of these parts are metal? The shiny ones.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    15,
    "The two green parts — same material?",
    "same(f(scene(), color=green), material)",
    lambda s: alike(s, s.f(color="green"), "material"),
)
C(
    "count",
    15,
    "Cylinders and cubes put together, how many we got?",
    "count(union(sel(cylinder), sel(cube)))",
    lambda s: n(s.f(shape=("cylinder", "cube"))),
)
C(
    "position",
    15,
    "The little purple cylinder — left side of the picture or right?",
    "choose(u(f(sel(cylinder), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", size="small", color="purple")),
)
C(
    "spatial",
    15,
    "How many spheres behind the big brown cylinder?",
    "count(f(rel(u(f(sel(cylinder), size=large, color=brown)), behind), shape=sphere))",
    lambda s: n(among(s, related(s, "behind", s.the(shape="cylinder", size="large", color="brown")), shape="sphere")),
)

# --- Barry, a snooker commentator
C(
    "verify",
    15,
    "And the red there — that's a big one, isn't it?",
    "verify(u(f(sel(sphere), color=red)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "size") == "large"),
)
C("count", 15, "Now, how many balls are on the table in total?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "spatial",
    15,
    "The yellow — is it in front of the blue cube?",
    "exist(f(rel(u(f(sel(cube), color=blue)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "yellow"}, "front", {"shape": "cube", "color": "blue"}),
)
C(
    "superlative",
    15,
    "Which ball sits furthest back? Give me the colour.",
    "q(ord(sel(sphere), behind, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "behind"), "color"),
)
C(
    "compare_count",
    15,
    "Are there fewer cylinders than balls out there, would you say?",
    "lt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="sphere"))),
)
C(
    "chain",
    15,
    "Here's one for the purists: behind the yellow there's a cube, and to the right of that cube sits a cylinder. What colour's the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), color=yellow)), behind), shape=cube)), right), shape=cylinder)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="sphere", color="yellow"), "behind", shape="cube"), "right", shape="cylinder"),
        "color",
    ),
)
C(
    "superlative",
    15,
    "And what colour is the object furthest to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Marlene, a New York cab driver
P(
    "text",
    "street",
    "Whaddaya got written on the side of that bus?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "text",
    "street",
    "And the sign up top, what's that say?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("count", "street", "How many people standin' around out there, total?", "count(sel(person))", lambda p: n(people(p)))
P(
    "verify",
    "street",
    "That car's white, yeah? Looks white from here.",
    "verify(u(sel(car)), color, white)",
    lambda p: yes(p.value(p.the("car"), "color") == "white"),
)
P(
    "spatial",
    "street",
    "Car's sittin' to the left of the bus, am I right?",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
X("street", "Where's this bus headed, uptown or what?")

# --- Ethan, ten and mad about buses
P(
    "attribute",
    "street",
    "What colour is the bus? I collect bus pictures.",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "compare_attr",
    "street",
    "Is the bus the same colour as the stop sign?",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "count",
    "street",
    "How many vehicles are there? Like, buses and cars and stuff.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "where",
    "street",
    "Is the tree in front of the bus or behind it?",
    "choose_rel(u(sel(tree)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("tree"), p.the("bus"), ("front", "behind")),
)
P(
    "attribute",
    "street",
    "There's a dog too! What colour is it?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P("exist", "street", "Is there a bike anywhere?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
X("street", "What number bus is it and where does it go to?")

# --- Deepa, an urban planner
P(
    "count",
    "street",
    "Of the pedestrians in frame, how many are wearing ties?",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "position",
    "street",
    "Where's the signage placed — top or bottom of the frame?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "text",
    "street",
    "Is there any road marking with text on it? What does it read?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "spatial",
    "street",
    "Is the woman in green positioned in front of the bus?",
    "exist(f(rel(u(sel(bus)), front, name=woman), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "position",
    "street",
    "And the street tree — which side of the frame is it on?",
    "choose(u(sel(tree)), hposition, [left, right])",
    lambda p: p.value(p.the("tree"), "hposition"),
)
P(
    "chain",
    "street",
    "The pedestrian furthest to the right: what colour is the tie they're wearing?",
    "q(u(rel(ord(sel(person), right, 1), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, side_of(p, people(p), "right")), "color"),
)

# --- Brenda, a Liverpool lollipop lady
P(
    "spatial",
    "street",
    "Who's holding that little dog, love?",
    "q(u(rel(u(sel(dog)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog")))),
)
P("count", "street", "How many fellas are there on the street?", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The fella in the black — what colour's his tie?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
P(
    "quantifier",
    "street",
    "Has every fella got a tie on?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "spatial",
    "street",
    "The dog's near the woman, isn't it?",
    "vrel(u(sel(woman)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman")), "dog"))),
)
P(
    "spatial",
    "street",
    "Is the woman in green stood to the right of the fella in black?",
    "vrel(u(f(sel(man), color=black)), right, name=woman)",
    lambda p: yes(p.has(p.the("woman", color="green"), "right", p.the("man", color="black"))),
)
X("street", "Is that poor woman going to make her bus, d'you think?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Rosa, a line cook
P(
    "count",
    "kitchen",
    "Yes chef — how many cups we got on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "text",
    "kitchen",
    "Clock on the wall — what time's it showing?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "Fork by the plate — that's metal, yeah?",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "text",
    "kitchen",
    "Bottle label, what's it say?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "spatial",
    "kitchen",
    "The bottle's to the right of the blue cup, yeah?",
    "vrel(u(f(sel(cup), color=blue)), right, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="blue")), "bottle"))),
)
P(
    "negation",
    "kitchen",
    "How many things are on the table other than the cups?",
    "count(diff(rel(u(sel(table)), on), sel(cup)))",
    lambda p: n([o for o in on_table(p) if p.name(o) != "cup"]),
)

# --- Harold, eighty-four and half-sighted, talking to his carer
P(
    "spatial",
    "kitchen",
    "My eyes aren't what they were, so you'll have to help me, dear. There's a clock up there — is it above the table?",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "text",
    "kitchen",
    "And what time is that clock showing? I can't make out the hands any more.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "The lady standing over on the right — is she wearing yellow? It looks yellow to me, but who knows.",
    "verify(u(sel(woman)), color, yellow)",
    lambda p: yes(p.value(p.the("woman"), "color") == "yellow"),
)
P(
    "count",
    "kitchen",
    "How many cups has she set out? I count three, but I'm probably wrong.",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "exist",
    "kitchen",
    "Is there a red cup among them? My Margaret always had a red one.",
    "exist(f(sel(cup), color=red))",
    lambda p: yes(bool(p.f("cup", color="red"))),
)
X("kitchen", "Do you think she's expecting company? She's laid a lovely table.")

# --- Yuki, a Japanese exchange student
P(
    "superlative",
    "kitchen",
    "Excuse me, the cup on the most left side, what colour is it?",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)
P(
    "spatial",
    "kitchen",
    "Is the plate at the left of the blue cup? I think so.",
    "vrel(u(f(sel(cup), color=blue)), left, name=plate)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="blue")), "plate"))),
)
P(
    "compare_attr",
    "kitchen",
    "The white cup and the plate are same colour, yes?",
    "same(u(f(sel(cup), color=white)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("cup", color="white"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "number",
    "kitchen",
    "How many kinds of colour do the things on the table have?",
    "nvalues(rel(u(sel(table)), on), color)",
    lambda p: colour_count(p, on_table(p)),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing on the left of the white cup?",
    "vrel(u(f(sel(cup), color=white)), left, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("cup", color="white")), "woman"))),
)
X("kitchen", "In Japan we have a similar bottle. Which company made this water?")

# --- Mrs Patel, a caterer
P(
    "count",
    "kitchen",
    "How many pieces of crockery — cups and plates together — are on the table?",
    "count(union(rel(u(sel(table)), on, name=cup), rel(u(sel(table)), on, name=plate)))",
    lambda p: n([o for o in on_table(p) if p.name(o) in {"cup", "plate"}]),
)
P("exist", "kitchen", "Is there a knife laid anywhere?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
P(
    "spatial",
    "kitchen",
    "The fork's lying near the plate, isn't it?",
    "vrel(u(sel(plate)), near, name=fork)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("plate")), "fork"))),
)
P(
    "chain",
    "kitchen",
    "Which colour is the cup just to the left of the bottle?",
    "q(u(rel(u(sel(bottle)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("bottle")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "What colour's the table?",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "compare_attr",
    "kitchen",
    "Are all the cups on the table the same colour?",
    "same(rel(u(sel(table)), on, name=cup), color)",
    lambda p: yes(len({p.value(o, "color") for o in named(p, on_table(p), "cup")}) == 1),
)
X("kitchen", "What would a set of those cups cost from a wholesaler?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Shaz, an Essex dog walker
P(
    "count",
    "park",
    "Ooh, how many dogs are out in this one? I always count the dogs first!",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "spatial",
    "park",
    "The black one's being held by the lady in red, innit?",
    "exist(f(rel(u(f(sel(dog), color=black)), holding, name=woman), color=red))",
    lambda p: yes(
        any(p.value(o, "color") == "red" for o in named(p, p.subjects("holding", p.the("dog", color="black")), "woman"))
    ),
)
P(
    "spatial",
    "park",
    "And the white dog — who's that stood next to?",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "compare_count",
    "park",
    "Same number of dogs as women, would you say?",
    "eq(count(sel(dog)), count(sel(woman)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("woman"))),
)
P(
    "attribute",
    "park",
    "What's the little girl wearing, colour-wise?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
X("park", "What d'you reckon the dogs are called?")

# --- Ranger Pete
P(
    "count",
    "park",
    "Ranger here. How many visitors are in the park — adults and kids together?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("count", "park", "And of those visitors, how many are children?", "count(sel(child))", lambda p: n(children(p)))
P(
    "verify",
    "park",
    "That bench — timber, is it?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "spatial",
    "park",
    "Is there a bicycle to the right of the bench?",
    "vrel(u(sel(bench)), right, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bench")), "bicycle"))),
)
P("count", "park", "How many trees have we got in frame?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "position",
    "park",
    "Which tree is behind the girl — the one on the left of the picture or the one on the right?",
    "choose(u(rel(u(sel(girl)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("girl"))), "hposition"),
)

# --- Lily, eight
P(
    "chain",
    "park",
    "what is the boy throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "what colour is the frisbee",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "is the frisbee up high or down low in the picture",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "exist",
    "park",
    "is there a red bike",
    "exist(f(sel(bicycle), color=red))",
    lambda p: yes(bool(p.f("bicycle", color="red"))),
)
P(
    "superlative",
    "park",
    "who is standing the most on the left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
X("park", "is the boys dog the black one or the white one")

# --- Fatima, a Moroccan nanny
P("count", "park", "How many women there is in the park?", "count(sel(woman))", lambda p: n(p.f("woman")))
P(
    "chain",
    "park",
    "The woman near of the bicycle, she is dressed in which colour?",
    "q(u(rel(u(sel(bicycle)), near, name=woman)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("bicycle")), "woman")), "color"),
)
P(
    "spatial",
    "park",
    "The boy, he is near the bench, yes?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "compare_attr",
    "park",
    "The children, they wear the same colour?",
    "same(sel(child), color)",
    lambda p: yes(len({p.value(o, "color") for o in children(p)}) == 1),
)
P(
    "spatial",
    "park",
    "The boy is at the left of the woman in white?",
    "vrel(u(f(sel(woman), color=white)), left, name=boy)",
    lambda p: yes(p.has(p.the("boy"), "left", p.the("woman", color="white"))),
)
P(
    "chain",
    "park",
    "The dog that the woman in red holds, which colour it is?",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
X("park", "This park, it is in Paris? It looks like the Luxembourg garden.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Ms Adebayo, a maths teacher
P(
    "count",
    "shapes",
    "Right, class: how many shapes are in the drawing altogether?",
    "count(scene())",
    lambda p: n(p.objects),
)
P(
    "negation",
    "shapes",
    "And how many of them are not circles?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "compare_count",
    "shapes",
    "Are there as many red shapes as blue ones?",
    "eq(count(f(scene(), color=red)), count(f(scene(), color=blue)))",
    lambda p: yes(len(p.f(color="red")) == len(p.f(color="blue"))),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle larger than the hexagon?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "position",
    "shapes",
    "Which shape sits in the top right corner?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "number",
    "shapes",
    "How many different colours have been used?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "What mark would you give this drawing out of ten?")

# --- Jonah, five
P("count", "shapes", "how many stars are there", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "verify",
    "shapes",
    "is the star red",
    "verify(u(sel(star)), color, red)",
    lambda p: yes(p.value(p.the("star"), "color") == "red"),
)
P(
    "compare_size",
    "shapes",
    "which one is bigger the star or the triangle",
    "q(u(f(union(sel(star), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("triangle")),
)
P("exist", "shapes", "is there a heart", "exist(sel(heart))", lambda p: yes(bool(p.f("heart"))))
P(
    "count",
    "shapes",
    "how many blue circles",
    "count(f(sel(circle), color=blue))",
    lambda p: n(p.f("circle", color="blue")),
)
X("shapes", "what is the triangles name")

# --- Agnieszka, a Polish typographer
P(
    "count",
    "shapes",
    "How many elements are in the top row of this artboard?",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "position",
    "shapes",
    "Element in the middle of the top row — what shape is it?",
    "q(u(f(scene(), hposition=middle, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="top"), "shape"),
)
P(
    "position",
    "shapes",
    "Is the yellow rectangle in bottom row or top row?",
    "choose(u(f(sel(rectangle), color=yellow)), vposition, [top, bottom])",
    lambda p: p.value(only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), "vposition"),
)
P(
    "list",
    "shapes",
    "Which colours are used for the small elements? List please.",
    "values(f(scene(), size=small), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(size="small")),
)
P(
    "superlative",
    "shapes",
    "Second element from left in the bottom row — which colour has it?",
    "q(ord(f(scene(), vposition=bottom), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left", 2), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Star and hexagon — do they have same size?",
    "same(u(sel(star)), u(sel(hexagon)), size)",
    lambda p: yes(p.value(p.the("star"), "size") == p.value(p.the("hexagon"), "size")),
)

# --- Sam, a terse software tester
P("count", "shapes", "Count the triangles.", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "quantifier",
    "shapes",
    "All blue shapes small? y/n",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "attribute",
    "shapes",
    "Triangle colour?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "negation",
    "shapes",
    "Shapes neither red nor blue: count?",
    "count(fn(fn(scene(), color=red), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"red", "blue"}]),
)
P(
    "position",
    "shapes",
    "Bottom-right corner: shape?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "Big circle: left or right side?",
    "choose(u(f(sel(circle), size=large)), hposition, [left, right])",
    lambda p: p.value(p.the("circle", size="large"), "hposition"),
)

# --- Edna, a Kansas quilter who calls the shapes patches
P(
    "count",
    "shapes",
    "I think of every shape as a patch, dear. How many of the patches are blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "same_attr",
    "shapes",
    "The little circle in the middle — how many other patches share its colour?",
    "count(same_attr(u(f(sel(circle), size=small)), color))",
    lambda p: n(
        [
            o
            for o in p.objects
            if o != p.the("circle", size="small")
            and p.value(o, "color") == p.value(p.the("circle", size="small"), "color")
        ]
    ),
)
P(
    "compare_attr",
    "shapes",
    "Is the big circle the same colour as the star?",
    "same(u(f(sel(circle), size=large)), u(sel(star)), color)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == p.value(p.the("star"), "color")),
)
P(
    "exist",
    "shapes",
    "Is there a green patch anywhere in the bottom row?",
    "exist(f(scene(), color=green, vposition=bottom))",
    lambda p: yes(bool(p.f(color="green", vposition="bottom"))),
)
P(
    "quantifier",
    "shapes",
    "Are most of the patches small ones?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: most([p.value(o, "size") == "small" for o in p.objects]),
)
X("shapes", "Would this look nicer done in pastels, do you think?")

# --- a retired Colonel
P(
    "count",
    "shapes",
    "Report the number of large shapes.",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "superlative",
    "shapes",
    "Top row, counting from the left: which shape is first?",
    "q(ord(f(scene(), vposition=top), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Confirm: no shape in the drawing is purple.",
    "not_(exist(f(scene(), color=purple)))",
    lambda p: yes(not p.f(color="purple")),
)
P(
    "count",
    "shapes",
    "Red shapes in the bottom row — how many?",
    "count(f(scene(), color=red, vposition=bottom))",
    lambda p: n(p.f(color="red", vposition="bottom")),
)
P(
    "compare_size",
    "shapes",
    "Which is the bigger, the yellow rectangle or the blue square?",
    "q(u(f(union(f(sel(rectangle), color=yellow), f(sel(square), color=blue)), size=large)), shape)",
    lambda p: drawn_bigger_of(
        p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("square", color="blue")
    ),
)
P(
    "two_clause",
    "shapes",
    "Is the square in the middle of the top row? Yes or no.",
    "and_(verify(u(sel(square)), hposition, middle), verify(u(sel(square)), vposition, top))",
    lambda p: yes(p.value(p.the("square"), "hposition") == "middle" and p.value(p.the("square"), "vposition") == "top"),
)
X("shapes", "Who is responsible for this drawing? I want a name.")

# --- Mavis, a crossword setter
P(
    "attribute",
    "shapes",
    "There's a six-sided shape somewhere in the drawing, I believe — what colour is it?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "count",
    "shapes",
    "How many of the shapes are round? Circles, I mean.",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "verify",
    "shapes",
    "Is the shape sitting right in the centre of the drawing a circle?",
    "verify(u(f(scene(), hposition=middle, vposition=middle)), shape, circle)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="middle"), "shape") == "circle"),
)
P(
    "position",
    "shapes",
    "Which shape is in the lower left corner?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "And that yellow rectangle down in the corner — is it bigger than the star?",
    "larger(u(f(sel(rectangle), color=yellow)), u(sel(star)))",
    lambda p: drawn_larger(p, only([o for o in rectangles(p) if p.value(o, "color") == "yellow"]), p.the("star")),
)
X("shapes", "What do you suppose the star is thinking about? I do like to imagine.")

# --- Nadia, a Ukrainian-born architecture student
P(
    "count",
    "shapes",
    "How many figures in the upper row are big?",
    "count(f(scene(), vposition=top, size=large))",
    lambda p: n(p.f(vposition="top", size="large")),
)
P(
    "superlative",
    "shapes",
    "Which figure is second from the right in the lower row?",
    "q(ord(f(scene(), vposition=bottom), right, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right", 2), "shape"),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the hexagon or the triangle?",
    "q(u(f(union(sel(hexagon), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), p.the("triangle")),
)
P(
    "list",
    "shapes",
    "Red figures — which shapes they are? Tell all of them.",
    "values(f(scene(), color=red), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="red")),
)
P(
    "negation",
    "shapes",
    "Apart from the yellow rectangle, is any figure yellow?",
    "exist(diff(f(scene(), color=yellow), f(sel(rectangle), color=yellow)))",
    lambda p: yes(
        bool(
            [o for o in p.f(color="yellow") if o != only([r for r in rectangles(p) if p.value(r, "color") == "yellow"])]
        )
    ),
)
X("shapes", "Which program was used to make this drawing?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
