# ruff: noqa: E501
"""Blind paraphrase set 99: a forty-second fresh crowd with no common theme. Forty-one ordinary people, each imagined
once and kept in character for six or seven questions about one picture, asking in their own words and habits of
speech, always understandably to a careful reader. No persona gimmick is shared: they are of every age, region, job
and temperament, and a few write English as a second language.

The cast. On the CLEVR pictures: Kofi, a Ghanaian-born night-shift nurse in Leeds, polite and careful ("kindly",
"I just want to be sure"); Gemma, a Cardiff mum typing one-handed with a baby on her lap (lowercase, "sorry", "tho",
"pic"); Arjun, a Bangalore software architect ("What is the total count of", "is it?", "they are having"); Pauline,
a retired Quebec librarian whose English keeps French word order ("of what material is it?", "give me all of
them"); Travis, a Florida high-school baseball coach ("buddy", "on the field", "we got"); Ingrid, a Norwegian
physiotherapist who checks her own numbers ("I want to compare with my own count"); Desmond, a Jamaican-born London
bus driver ("Tell me something", "not so?"); Kayla, nineteen, a nursing student ("ok so like", "literally",
"wait"); Emeka, a Lagos accountant, formal ("Good afternoon", "I would be grateful"); Bea, eighty, in Dublin ("pet",
"God love you", "my eyes are gone"); Luis, a Phoenix pharmacist in a hurry ("Real quick", "gotcha"); Harriet, an
Oxford chemistry undergraduate, dry ("we're dealing with", "I've lost count"); Wei, a Chinese PhD student in Toronto
("How many cylinder are yellow color?", "it is metal or rubber?"); Doug, a retired Minnesota ice fisherman ("Oh ya",
"would ya say", "there"); Amara, a London solicitor who wants things exact ("Is it accurate to say", "To be
precise"); Jake, twelve, a gamer ("bro", "r", "fr", "lol"); Ruth, a hospice volunteer from Dundee ("Would you mind",
"dear"); Stavros, a Greek restaurant owner in Melbourne ("My friend", "no?", "you see"); Siobhan, a Belfast
hairdresser ("so they are", "wee", "like"); Ahmed, a retired Egyptian civil engineer ("how much cubes", "most far
on the right side"); Becky, a Georgia hospital receptionist ("hon", "sugar", "ain't it"). On the photo-like graphs:
Marco, an Italian tourist ("Scusi", "which colour it has?", "persons"); Tamsin, a Bristol transport blogger ("in
shot", "the frame"); Elsie, ninety, dictating to her great-grandson ("gentlemen", "the young lady", "neckties");
Tyrell, fifteen, a skateboarder ("yo", "ppl", "u"); Helga, a Bavarian hotel housekeeper ("stand on the table", "I
see only"); Nate, a student in his first flat ("total", "like"); Carmen, a Puerto Rican grandmother ("Ay", "mijo");
Graham, an insurance assessor taking an inventory ("For the inventory", "Confirm", "Item"); Aisha, a busy
Somali-Canadian mother of three; Bill, a retired Cornish postman ("my 'andsome", "proper", "o'"); Mei, nine; Jorge, a
Colombian groundskeeper in Miami ("How many benches there are", "is painted"). On the drawing: Hana, a Korean
kindergarten teacher ("How many circle", "have same colour with"); Rosie, seven; Oliver, a colourblind accountant;
Denise, an art therapist; Frank, a New Jersey sign painter ("on the board", "sittin'"); Lucía, an Argentinian design
student ("which form has it?", "Exists some"); Craig, an Australian electrician ("G'day", "mate", "reckon"); and Pat,
a retired Leicester seamstress ("duck").

Sentence shapes: plain questions; fragments and inventory speak ("Table: material?", "Metal versus rubber: is it an
even split?"); fronted places and anchors ("Bottom row, the one furthest right", "To the left of the big purple
cube there's a little purple cube, and in front of that ..."); tags ("yes?", "no?", "not so?", "ain't it?", "so
they are?", "or what"); questions wrapped in a reason ("I want to compare with my own count", "I'm doing a colour
wheel for the salon"); second-language word orders ("The bench, which colour is painted?", "Exists some orange
figure?", "Blue shapes are more than red shapes?"); comparisons said several ways ("fewer ... than", "as many ... as",
"the same amount", "more ... than ... put together", "which is the bigger of the two"); negatives and exceptions
("aren't spheres", "red but not spheres", "neither spheres nor metal", "Leaving out the yellow cylinder",
"everything except the circles", "the one that isn't metal"); follow-ups that name what they point back at ("And of
the blue ones", "The one that isn't metal").

The questions cover counts (with conditions, negation, "or", "put together"), existence, an attribute of one thing,
yes/no checks of one value, two checks at once, comparisons of counts and of attributes, quantifiers ("all",
"every", "both", "none", "most"), exceptions, relations (left, right, in front, behind on CLEVR; on the photo graphs
only their stated relations: on, near, holding, wearing, throwing, above, behind, left, right, in front), one- and
two-hop chains, superlatives and ordinals, other things sharing a value, which of two things is the bigger, lists of
values, the number of different colours, sides of a CLEVR picture, sides, rows and corners of the photos and the
drawing, and the text on the photos' bus, sign, road marking, bottle and clock. About half ask about CLEVR val scenes
(5, 7, 11, 24, 26, 28, 29, 31, 41, 42, 43, 45, 46 and 47; one or two people to a scene), about 30% about the
photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about one in ten must be refused,
each in the same voice as the person's other questions (makers and names, prices, opinions and feelings, what
happens next, the weather and the world outside the picture, what cannot be seen).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle
(so the drawing's rectangle is always "the yellow rectangle"); places and orders are only asked where a careful
person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the anchor or of a
neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box centre lies
within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order are at
least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave open.
A "which is bigger" between two things is asked only where their size classes differ, and answered with the word
that tells the bigger one from the other (its shape). Answers are the graph's words (gray, not grey; sphere, not
ball; wood, not timber; "blue, green, red" for a list, most frequent first, ties alphabetical); yes/no answers are
"yes" or "no" whatever the tag. Every gold program and answer comes from the scene by plain Python, through the
helpers of blind_helpers.py and two small ones below.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder. The only files read were build_blind66.py (its docstring,
helpers and code, for the format, gold program language and conventions), blind_gold.py and blind_helpers.py (the
helpers imported here), the first five lines of blind66.jsonl (the line format), and the scenes themselves
(photo_scenes.json and the CLEVR val scenes.json, inspected with small Python snippets); a listing of the blind
folder showed other files' names, none of which was opened. No question was run through nsvr's parser, planner or
``nsvr ask``; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind99.py`` to write ``../blind99.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import Photo, n, question_recorder, write_set, yes  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "blind99.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def drawn_others(p: Photo, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


def yellow_rectangle(p: Photo) -> str:
    """The drawing's one yellow rectangle (a square counting as a rectangle)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 5: small cyan metal sph (front), large purple rubber sph, large brown metal sph, small purple rubber sph (far left), small red rubber cube (back), large brown metal cube, large blue rubber cube (far right), small green rubber cyl

# --- Kofi, a Ghanaian-born night-shift nurse in Leeds; polite and careful
C(
    "count",
    5,
    "Good evening. Please, how many spheres can you count in this picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "attribute",
    5,
    "The big blue block over on the right — kindly tell me, is it rubber or is it metal?",
    "choose(u(f(sel(cube), color=blue)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="cube", color="blue"), "material"),
)
C(
    "compare_count",
    5,
    "Are there fewer cubes than spheres? I just want to be sure I counted well.",
    "lt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="sphere"))),
)
C(
    "spatial",
    5,
    "How many objects are placed in front of the green cylinder, please?",
    "count(rel(u(f(sel(cylinder), color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="green"))),
)
C(
    "chain",
    5,
    "To the right of the green cylinder there is one ball, and in front of that ball there is another ball. What is this second ball made of?",
    "q(u(f(rel(u(f(rel(u(f(sel(cylinder), color=green)), right), shape=sphere)), front), shape=sphere)), material)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cylinder", color="green"), "right", shape="sphere"), "front", shape="sphere"),
        "material",
    ),
)
X(5, "Kindly, who made this picture, and what is it used for? Is it some kind of eye test?")

# --- Gemma, a Cardiff mum typing one-handed with the baby on her lap
C(
    "negation",
    5,
    "sorry typing one handed. how many things arent spheres",
    "count(fn(scene(), shape=sphere))",
    lambda s: n(lacking(s, s.all(), shape="sphere")),
)
C(
    "number",
    5,
    "how many different colours is there altogether, my eldest reckons 5",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    5,
    "whats the one right at the very back, what shape is it",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "position",
    5,
    "the little purple ball, is it over the left side of the pic or the right",
    "choose(u(f(sel(sphere), size=small, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="purple")),
)
C(
    "compare_attr",
    5,
    "are the 2 brown ones made of the same stuff tho",
    "same(f(scene(), color=brown), material)",
    lambda s: alike(s, s.f(color="brown"), "material"),
)
C(
    "quantifier",
    5,
    "are all the big ones balls",
    "not_(exist(fn(f(scene(), size=large), shape=sphere)))",
    lambda s: every(s, s.f(size="large"), shape="sphere"),
)
X(5, "would any of these be safe for a baby to chew on lol she puts everything in her mouth")

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube (far left), large brown metal cube (front), small purple metal cyl (back), small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube (far right)

# --- Arjun, a Bangalore software architect
C(
    "count",
    7,
    "What is the total count of cylinders in this image?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    7,
    "How many objects are either metal or cubes? Please count each object one time only.",
    "count(union(f(scene(), material=metal), sel(cube)))",
    lambda s: n(set(s.f(material="metal")) | set(s.f(shape="cube"))),
)
C(
    "compare_attr",
    7,
    "The two cyan cylinders — they are having the same size, is it?",
    "same(f(sel(cylinder), color=cyan), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="cyan"), "size"),
)
C(
    "superlative",
    7,
    "Which object is second from the front? Just the shape is sufficient.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)
C(
    "spatial",
    7,
    "Is the yellow cube positioned on the right-hand side of the large cyan cylinder?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=cyan)), right), color=yellow, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "yellow"}, "right", {"shape": "cylinder", "size": "large", "color": "cyan"}
    ),
)
C(
    "same_attr",
    7,
    "Leaving the purple sphere itself aside, how many other objects have its same colour?",
    "count(same_attr(u(f(sel(sphere), color=purple)), color))",
    lambda s: n(others(s, s.the(shape="sphere", color="purple"), "color")),
)
X(7, "Which rendering engine generated this scene, and on what GPU was it run?")

# scene 11: small brown metal cyl (back), large yellow metal sph, small green metal cube, small brown rubber sph (front), small gray metal cyl, small green rubber sph (far right), large blue metal cube (very back), large brown rubber sph, large brown metal cyl, small purple rubber sph (far left)

# --- Pauline, a retired Quebec librarian; French word order shows through
C(
    "count",
    11,
    "Good day. How many objects of brown colour are there in this image, please?",
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "attribute",
    11,
    "The big yellow sphere, of what material is it?",
    "q(u(f(sel(sphere), color=yellow)), material)",
    lambda s: s.a(s.the(shape="sphere", color="yellow"), "material"),
)
C(
    "compare_count",
    11,
    "Are there more spheres than the cylinders and the cubes put together?",
    "gt(count(sel(sphere)), count(union(sel(cylinder), sel(cube))))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape=("cylinder", "cube")))),
)
C(
    "superlative",
    11,
    "Which is the object the most to the left? I would like to know its colour.",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "list",
    11,
    "The cylinders, which colours do they have? Give me all of them, please.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
X(11, "This image resembles very much a painting I saw at the museum in Montréal. Who is the artist?")

# --- Travis, a Florida high-school baseball coach
C(
    "count",
    11,
    "Alright buddy, how many balls we got on the field here?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "count",
    11,
    "And how many of those balls are rubber?",
    "count(f(sel(sphere), material=rubber))",
    lambda s: n(s.f(shape="sphere", material="rubber")),
)
C(
    "spatial",
    11,
    "Anything at all sitting behind the big blue cube?",
    "exist(rel(u(f(sel(cube), size=large, color=blue)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cube", size="large", color="blue")))),
)
C(
    "verify",
    11,
    "Whatever's out front closest to us — that a ball?",
    "verify(ord(scene(), front, 1), shape, sphere)",
    lambda s: yes(s.a(nth(s, s.all(), "front"), "shape") == "sphere"),
)
C(
    "compare_size",
    11,
    "Which one's bigger, the yellow ball or the gray cylinder?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="gray")),
)
C(
    "chain",
    11,
    "Over to the right of the green cube there's a cylinder. What color is that cylinder?",
    "q(u(f(rel(u(f(sel(cube), color=green)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="green"), "right", shape="cylinder"), "color"),
)

# scene 24: small red metal cube, large red rubber cyl (front), large green metal cube (far right), small brown metal cyl (far left), large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph (back), large brown rubber cube, small gray rubber cube

# --- Ingrid, a Norwegian physiotherapist who checks her own numbers
C(
    "count",
    24,
    "How many cubes do you count in this picture? I want to compare with my own count.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    24,
    "The two red spheres, are they also of the same material?",
    "same(f(sel(sphere), color=red), material)",
    lambda s: alike(s, s.f(shape="sphere", color="red"), "material"),
)
C(
    "negation",
    24,
    "How many things are red but are not spheres?",
    "count(fn(f(scene(), color=red), shape=sphere))",
    lambda s: n(lacking(s, s.f(color="red"), shape="sphere")),
)
C(
    "two_clause",
    24,
    "The red cylinder — is it both large and made of rubber?",
    "and_(verify(u(f(sel(cylinder), color=red)), size, large), verify(u(f(sel(cylinder), color=red)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="red"), "size") == "large"
        and s.a(s.the(shape="cylinder", color="red"), "material") == "rubber"
    ),
)
C(
    "spatial",
    24,
    "How many objects stand to the left of the small gray cube?",
    "count(rel(u(f(sel(cube), size=small, color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", size="small", color="gray"))),
)
C(
    "superlative",
    24,
    "Which object is nearest to the right edge? Its colour is enough.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(24, "How heavy is the big metal sphere in kilograms? Would it hurt the back to lift it?")

# scene 26: large brown metal cyl (far left), large green metal sph, small purple metal cube (front), large cyan metal sph, small green metal cyl (back), small purple rubber cube (far right), small green metal sph, large green metal cyl

# --- Desmond, a Jamaican-born London bus driver
C(
    "count",
    26,
    "Tell me something, how many green things you have in there?",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "quantifier",
    26,
    "Most of them are metal, not so?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "attribute",
    26,
    "The one that isn't metal — what shape is that one?",
    "q(u(fn(scene(), material=metal)), shape)",
    lambda s: s.a(only(lacking(s, s.all(), material="metal")), "shape"),
)
C(
    "spatial",
    26,
    "The shiny purple cube, is it in front of the cyan ball?",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), front), color=purple, material=metal, shape=cube))",
    lambda s: is_rel(
        s, {"shape": "cube", "color": "purple", "material": "metal"}, "front", {"shape": "sphere", "color": "cyan"}
    ),
)
C(
    "compare_count",
    26,
    "You have as many cylinders as balls in there?",
    "eq(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="sphere"))),
)
X(26, "Where would I buy one of them shiny balls for my grandson? He would love it.")

# --- Kayla, nineteen, a nursing student
C("count", 26, "ok so like how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "superlative",
    26,
    "what colour is the thing thats literally the furthest back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    26,
    "wait are the two purple cubes made of the same material",
    "same(f(sel(cube), color=purple), material)",
    lambda s: alike(s, s.f(shape="cube", color="purple"), "material"),
)
C(
    "same_attr",
    26,
    "how many other things are the same shape as the cyan one",
    "count(same_attr(u(f(scene(), color=cyan)), shape))",
    lambda s: n(others(s, only(s.f(color="cyan")), "shape")),
)
C(
    "chain",
    26,
    "the big cylinder thats to the right of the brown one, what colour is it",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), right), shape=cylinder, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "right", shape="cylinder", size="large"), "color"),
)
C(
    "position",
    26,
    "is the brown cylinder on the left of the pic or the right side",
    "choose(u(f(sel(cylinder), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="brown")),
)

# scene 28: large red metal cyl (front), small red rubber cyl (far right), large purple rubber cyl (back), small brown metal sph (left)

# --- Emeka, a Lagos accountant; formal
C(
    "count",
    28,
    "Good afternoon. Please, how many cylinders are shown in this picture?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    28,
    "Do the two red cylinders have the same size?",
    "same(f(sel(cylinder), color=red), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="red"), "size"),
)
C("exist", 28, "Is there any cube at all in the picture?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "compare_size",
    28,
    "Between the purple cylinder and the brown sphere, which is the bigger one?",
    "q(u(f(union(f(sel(cylinder), color=purple), f(sel(sphere), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="purple"), s.the(shape="sphere", color="brown")),
)
C(
    "spatial",
    28,
    "How many objects are located behind the sphere?",
    "count(rel(u(sel(sphere)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere"))),
)
C(
    "list",
    28,
    "I would be grateful if you could list the materials the cylinders are made of.",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)
X(28, "What would be the total value of these items in naira?")

# scene 29: large cyan metal sph (back), large cyan rubber cyl, large red metal cyl (left, front), small brown rubber sph

# --- Bea, eighty, in Dublin
C(
    "count",
    29,
    "Hello there pet. How many balls are in this one? My eyes are gone.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_attr",
    29,
    "The two bluey ones — the cyan ones, I mean — are they made of the same thing?",
    "same(f(scene(), color=cyan), material)",
    lambda s: alike(s, s.f(color="cyan"), "material"),
)
C(
    "attribute",
    29,
    "What colour is the little ball, God love you?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "superlative",
    29,
    "Which one is nearest to me, at the front? What shape would that be?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    29,
    "Is the red one to the left of the little brown ball?",
    "exist(f(rel(u(f(sel(sphere), size=small, color=brown)), left), color=red))",
    lambda s: is_rel(s, {"color": "red"}, "left", {"shape": "sphere", "size": "small", "color": "brown"}),
)
C(
    "number",
    29,
    "And how many different colours are in it, all told?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
X(29, "Would my grandniece in Galway like something like this for her birthday, do you think?")

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl (back), small purple rubber cube, small yellow rubber sph (front), small gray rubber sph, small blue metal sph, small cyan metal sph (far left), small brown rubber cyl

# --- Luis, a Phoenix pharmacist in a hurry
C(
    "count",
    31,
    "Real quick — how many small things are in this picture?",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_count",
    31,
    "Metal versus rubber: is it an even split?",
    "eq(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) == len(s.f(material="rubber"))),
)
C(
    "attribute",
    31,
    "Gotcha. What color's the only cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "chain",
    31,
    "What's the one thing sitting behind that little cube — what shape?",
    "q(u(rel(u(sel(cube)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube"))), "shape"),
)
C(
    "compare_attr",
    31,
    "The two blue balls, same size or no?",
    "same(f(sel(sphere), color=blue), size)",
    lambda s: alike(s, s.f(shape="sphere", color="blue"), "size"),
)
C(
    "exist",
    31,
    "Any red spheres in there?",
    "exist(f(sel(sphere), color=red))",
    lambda s: yes(bool(s.f(shape="sphere", color="red"))),
)

# --- Harriet, an Oxford chemistry undergraduate; dry
C(
    "number",
    31,
    "How many distinct colours are we dealing with here? I've lost count.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "negation",
    31,
    "How many objects are neither spheres nor metal?",
    "count(diff(fn(scene(), shape=sphere), f(scene(), material=metal)))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "sphere" and s.a(i, "material") != "metal"]),
)
C(
    "superlative",
    31,
    "Counting in from the left, what's the second object made of?",
    "q(ord(scene(), left, 2), material)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "material"),
)
C(
    "quantifier",
    31,
    "Is every cylinder a small one?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)
C(
    "chain",
    31,
    "Right of the yellow sphere there's exactly one cube. Whatever's behind that cube — what colour is it?",
    "q(u(rel(u(f(rel(u(f(sel(sphere), color=yellow)), right), shape=cube)), behind)), color)",
    lambda s: s.a(
        only(related(s, "behind", hop(s, s.the(shape="sphere", color="yellow"), "right", shape="cube"))), "color"
    ),
)
C(
    "compare_size",
    31,
    "Is the green cylinder bigger than the red one?",
    "larger(u(f(sel(cylinder), color=green)), u(f(sel(cylinder), color=red)))",
    lambda s: larger(s, s.the(shape="cylinder", color="green"), s.the(shape="cylinder", color="red")),
)
X(31, "If you dropped the big blue metal sphere onto the rubber ones, would they bounce or squash?")

# scene 41: small yellow metal cyl, small purple rubber cyl (front), large gray rubber sph, large yellow metal cyl (far left), small red metal cyl, small brown rubber sph (back), large blue metal sph, large cyan metal cyl (far right), large blue metal cube, small yellow rubber sph

# --- Wei, a Chinese PhD student in Toronto
C(
    "count",
    41,
    "How many cylinder are yellow color?",
    "count(f(sel(cylinder), color=yellow))",
    lambda s: n(s.f(shape="cylinder", color="yellow")),
)
C(
    "attribute",
    41,
    "The only cube, it is metal or rubber?",
    "choose(u(sel(cube)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "compare_attr",
    41,
    "Two yellow cylinders have same size or not?",
    "same(f(sel(cylinder), color=yellow), size)",
    lambda s: alike(s, s.f(shape="cylinder", color="yellow"), "size"),
)
C(
    "superlative",
    41,
    "Which object is the most front one? Please tell the colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    41,
    "How many things are at right side of the blue sphere?",
    "count(rel(u(f(sel(sphere), color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="blue"))),
)
X(41, "This picture is from which dataset paper? Who is the first author?")

# --- Doug, a retired Minnesota ice fisherman
C("count", 41, "Oh ya, how many of 'em are balls then?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    41,
    "And how many things are yellow, all told?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "quantifier",
    41,
    "Is every one of the balls rubber, would ya say?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "position",
    41,
    "That cyan cylinder there — left side or right side of the picture?",
    "choose(u(f(sel(cylinder), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder", color="cyan")),
)
C(
    "spatial",
    41,
    "Is the little brown ball sittin' behind the gray ball?",
    "exist(f(rel(u(f(sel(sphere), color=gray)), behind), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "behind", {"shape": "sphere", "color": "gray"}),
)
C(
    "compare_count",
    41,
    "More cylinders than balls, or is it the other way around?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)

# scene 42: small yellow rubber sph, small gray rubber cyl (back), small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph (far left), large yellow metal sph (front)

# --- Amara, a London solicitor who wants things exact
C(
    "count",
    42,
    "To be precise: how many blue objects appear in this image?",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "negation",
    42,
    "And of the blue ones, how many are not cylinders?",
    "count(fn(f(scene(), color=blue), shape=cylinder))",
    lambda s: n(lacking(s, s.f(color="blue"), shape="cylinder")),
)
C(
    "quantifier",
    42,
    "Is it accurate to say that none of the spheres is gray?",
    "not_(exist(f(sel(sphere), color=gray)))",
    lambda s: yes(not s.f(shape="sphere", color="gray")),
)
C(
    "superlative",
    42,
    "Which item sits furthest toward the front, and of what material is it made?",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "chain",
    42,
    "Behind the small gray cube there is a large cylinder. State its colour, please.",
    "q(u(f(rel(u(f(sel(cube), color=gray)), behind), shape=cylinder, size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="gray"), "behind", shape="cylinder", size="large"), "color"),
)
C(
    "same_attr",
    42,
    "How many other objects share the material of the large yellow sphere?",
    "count(same_attr(u(f(sel(sphere), size=large, color=yellow)), material))",
    lambda s: n(others(s, s.the(shape="sphere", size="large", color="yellow"), "material")),
)
X(42, "If someone tripped over one of these objects, who would be liable?")

# scene 43: large yellow metal cube, large cyan metal sph (far right), small blue metal cyl (front), small cyan metal sph, large blue metal cube, large green rubber cube (back), large gray rubber sph (far left), small cyan rubber sph

# --- Jake, twelve, a gamer
C("count", 43, "bro how many cyan things r there", "count(f(scene(), color=cyan))", lambda s: n(s.f(color="cyan")))
C(
    "superlative",
    43,
    "whats the colour of the one thats furthest back fr",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_size",
    43,
    "is the blue cylinder bigger than the gray ball",
    "larger(u(f(sel(cylinder), color=blue)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="cylinder", color="blue"), s.the(shape="sphere", color="gray")),
)
C(
    "count",
    43,
    "how many of the cubes r big",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "exist",
    43,
    "is there anything purple",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
X(43, "which one would win in a fight lol")

# --- Ruth, a hospice volunteer from Dundee
C(
    "count",
    43,
    "Would you mind telling me how many spheres there are, dear?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "list",
    43,
    "What colours are the cubes? Could you list them for me?",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "compare_attr",
    43,
    "Is the yellow cube made of the same stuff as the blue cube?",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cube), color=blue)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cube", color="blue"), "material")
    ),
)
C(
    "spatial",
    43,
    "How many things are to the left of the yellow cube?",
    "count(rel(u(f(sel(cube), color=yellow)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="yellow"))),
)
C(
    "chain",
    43,
    "To the right of the yellow cube there's another cube, and in front of that one sits a sphere. Is that sphere a large one or a small one?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), color=yellow)), right), shape=cube)), front), shape=sphere)), size, [large, small])",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="yellow"), "right", shape="cube"), "front", shape="sphere"), "size"
    ),
)
C(
    "quantifier",
    43,
    "And is every one of the cubes a large one, would you say?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube (far right), large gray metal sph, large red metal sph (front), large cyan rubber sph (back), small yellow metal cyl (far left)

# --- Stavros, a Greek restaurant owner in Melbourne
C(
    "count",
    45,
    "My friend, how many cyan ones you see here?",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_count",
    45,
    "The cubes and the balls — same number, no?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "superlative",
    45,
    "Which one is the most close to the front? The colour, please.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "two_clause",
    45,
    "The yellow cylinder, it is small and it is metal, you see?",
    "and_(verify(u(f(sel(cylinder), color=yellow)), size, small), verify(u(f(sel(cylinder), color=yellow)), material, metal))",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="yellow"), "size") == "small"
        and s.a(s.the(shape="cylinder", color="yellow"), "material") == "metal"
    ),
)
C(
    "spatial",
    45,
    "How many things are behind the big gray ball?",
    "count(rel(u(f(sel(sphere), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="gray"))),
)
C(
    "quantifier",
    45,
    "Leaving out the yellow cylinder, the other cylinders are all rubber?",
    "not_(exist(fn(fn(sel(cylinder), color=yellow), material=rubber)))",
    lambda s: every(s, lacking(s, s.f(shape="cylinder"), color="yellow"), material="rubber"),
)
X(45, "How much you think these cost if I buy some for decoration in my restaurant?")

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph (back), large cyan rubber cyl, small green rubber sph (far left), small purple metal sph (far right), large red rubber cube (front), small purple rubber cube

# --- Siobhan, a Belfast hairdresser
C(
    "count",
    46,
    "Right, how many wee spheres are there? Small ones, like.",
    "count(f(sel(sphere), size=small))",
    lambda s: n(s.f(shape="sphere", size="small")),
)
C(
    "compare_attr",
    46,
    "The two cylinders are the same colour, so they are?",
    "same(sel(cylinder), color)",
    lambda s: alike(s, s.f(shape="cylinder"), "color"),
)
C(
    "superlative",
    46,
    "What's the third one back from the front? The shape, I mean.",
    "q(ord(scene(), front, 3), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 3), "shape"),
)
C(
    "compare_count",
    46,
    "Are there more rubber ones than metal ones?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "spatial",
    46,
    "The big red cube, is it in front of the wee purple cube?",
    "exist(f(rel(u(f(sel(cube), size=small, color=purple)), front), color=red, size=large, shape=cube))",
    lambda s: is_rel(
        s,
        {"shape": "cube", "color": "red", "size": "large"},
        "front",
        {"shape": "cube", "size": "small", "color": "purple"},
    ),
)
C(
    "number",
    46,
    "How many different colours are in it? I'm doing a colour wheel for the salon.",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube (far right), small blue rubber cyl (back), small purple metal cube, small yellow metal sph (far left), large blue rubber cube, large cyan rubber cyl, large yellow metal sph (front)

# --- Ahmed, a retired Egyptian civil engineer
C(
    "count",
    47,
    "Please tell me, how much cubes are purple?",
    "count(f(sel(cube), color=purple))",
    lambda s: n(s.f(shape="cube", color="purple")),
)
C(
    "compare_attr",
    47,
    "The two yellow balls, they are same size?",
    "same(f(sel(sphere), color=yellow), size)",
    lambda s: alike(s, s.f(shape="sphere", color="yellow"), "size"),
)
C(
    "attribute",
    47,
    "The cylinder with cyan colour, from which material it is?",
    "q(u(f(sel(cylinder), color=cyan)), material)",
    lambda s: s.a(s.the(shape="cylinder", color="cyan"), "material"),
)
C(
    "spatial",
    47,
    "How many objects are standing in front of the blue cube?",
    "count(rel(u(f(sel(cube), color=blue)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="blue"))),
)
C(
    "superlative",
    47,
    "Which one is most far on the right side? What is its colour?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(47, "Which company makes these toys? I want to buy the same for my grandson.")

# --- Becky, a Georgia hospital receptionist
C(
    "count",
    47,
    "Hey hon, how many rubber things are in this picture?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "count",
    47,
    "How many cubes and cylinders are there, put together?",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "exist",
    47,
    "Is there a green one anywhere in there?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)
C(
    "compare_size",
    47,
    "Which is bigger, sugar — the blue cylinder or the blue cube?",
    "q(u(f(union(f(sel(cylinder), color=blue), f(sel(cube), color=blue)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cylinder", color="blue"), s.the(shape="cube", color="blue")),
)
C(
    "chain",
    47,
    "To the left of the big purple cube there's a little purple cube, and in front of that one there's a ball. What color's the ball?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), size=large, color=purple)), left), shape=cube, color=purple)), front), shape=sphere)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="large", color="purple"), "left", shape="cube", color="purple"),
            "front",
            shape="sphere",
        ),
        "color",
    ),
)
C(
    "verify",
    47,
    "That ball way out on the left is yellow, ain't it?",
    "verify(ord(sel(sphere), left, 1), color, yellow)",
    lambda s: yes(s.a(nth(s, s.f(shape="sphere"), "left"), "color") == "yellow"),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right, right of the bus), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Marco, an Italian tourist
P(
    "text",
    "street",
    "Scusi, the bus — what is written on it?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "And the bus, which colour it has?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "count",
    "street",
    "How many persons are there on the street?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "spatial",
    "street",
    "The sign with STOP, it is on the right of the bus?",
    "vrel(u(sel(bus)), right, name=sign)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("bus")), "sign"))),
)
P(
    "text",
    "street",
    "On the road also there is something written. What it says?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "This is Madrid? Which street is it exactly? I want to go there tomorrow.")

# --- Tamsin, a Bristol transport blogger
P(
    "count",
    "street",
    "How many vehicles are in shot — buses and cars both?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "compare_attr",
    "street",
    "Is the car the same colour as the bus?",
    "same(u(sel(car)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("car"), "color") == p.value(p.the("bus"), "color")),
)
P(
    "where",
    "street",
    "The woman in green — is she in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "position",
    "street",
    "Which side of the frame is the car on?",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "text",
    "street",
    "What's printed on the sign at the top right?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
P("exist", "street", "Are there any trucks in shot?", "exist(sel(truck))", lambda p: yes(bool(p.f("truck"))))
X("street", "Is this one of the new electric routes? When did it come into service?")

# --- Elsie, ninety, dictating to her great-grandson
P(
    "count",
    "street",
    "How many gentlemen are there in the picture?",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "chain",
    "street",
    "The gentleman on the right — what colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "spatial",
    "street",
    "Is the young lady holding that little dog?",
    "vrel(u(sel(dog)), holding, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("holding", p.the("dog")), "woman"))),
)
P(
    "verify",
    "street",
    "The dog is brown, is it? Tell me if I've got that right.",
    "verify(u(sel(dog)), color, brown)",
    lambda p: yes(p.value(p.the("dog"), "color") == "brown"),
)
P(
    "quantifier",
    "street",
    "Are both of the gentlemen wearing neckties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
X("street", "Is it cold out there? I should think she'd want her coat on.")

# --- Tyrell, fifteen, a skateboarder
P(
    "count",
    "street",
    "yo how many ppl are wearing ties",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "superlative",
    "street",
    "whos furthest to the left, a man or a woman",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "two_clause",
    "street",
    "is the stop sign red and up at the top",
    "and_(verify(u(sel(sign)), color, red), verify(u(sel(sign)), vposition, top))",
    lambda p: yes(p.value(p.the("sign"), "color") == "red" and p.value(p.the("sign"), "vposition") == "top"),
)
P("count", "street", "how many red things can u see", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "chain",
    "street",
    "the guy in white, whats colour is his tie",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "compare_count",
    "street",
    "more ppl than vehicles or what",
    "gt(count(sel(person)), count(sel(vehicle)))",
    lambda p: yes(len(people(p)) > len(p.f(("bus", "car")))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Helga, a Bavarian hotel housekeeper
P(
    "count",
    "kitchen",
    "How many cups stand on the table?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, on_table(p), "cup")),
)
P(
    "verify",
    "kitchen",
    "The plate is white, yes?",
    "verify(u(sel(plate)), color, white)",
    lambda p: yes(p.value(p.the("plate"), "color") == "white"),
)
P("exist", "kitchen", "Is there a spoon? I see only a fork.", "exist(sel(spoon))", lambda p: yes(bool(p.f("spoon"))))
P(
    "attribute",
    "kitchen",
    "The fork is from which material?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "chain",
    "kitchen",
    "Which colour has the cup on the right of the bottle?",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
X("kitchen", "The water in the bottle, is it still or with gas?")

# --- Nate, a student in his first flat
P(
    "text",
    "kitchen",
    "what time is it on that clock on the wall",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "count",
    "kitchen",
    "how many things are on the table total",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "number",
    "kitchen",
    "how many different colours are the cups",
    "nvalues(sel(cup), color)",
    lambda p: colour_count(p, p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "the cup furthest to the right, what colour is it",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "compare_count",
    "kitchen",
    "like are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
)
X("kitchen", "what brand is that water, can i get it at target")

# --- Carmen, a Puerto Rican grandmother
P(
    "attribute",
    "kitchen",
    "Ay, what colour is the lady wearing, mijo?",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "spatial",
    "kitchen",
    "The lady, she is standing on the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "text",
    "kitchen",
    "And the bottle, what it say on it?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "compare_attr",
    "kitchen",
    "The plate and the clock, they are the same colour?",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P(
    "negation",
    "kitchen",
    "How many of the cups are not white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
X("kitchen", "What is she going to cook for dinner, you think? Arroz con pollo?")

# --- Graham, an insurance assessor taking an inventory
P(
    "count",
    "kitchen",
    "For the inventory: number of crockery items, cups plus plates?",
    "count(union(sel(cup), sel(plate)))",
    lambda p: n(p.f(("cup", "plate"))),
)
P(
    "attribute",
    "kitchen",
    "Table: material?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "spatial",
    "kitchen",
    "Confirm the clock is mounted above the table.",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "spatial",
    "kitchen",
    "Item: blue cup. Located to the left of the bottle, correct?",
    "exist(f(rel(u(sel(bottle)), left, name=cup), color=blue))",
    lambda p: yes(any(p.value(o, "color") == "blue" for o in named(p, p.subjects("left", p.the("bottle")), "cup"))),
)
P(
    "list",
    "kitchen",
    "List the colours of the cups, please.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "quantifier",
    "kitchen",
    "Are all of the cups on the table, or is one elsewhere?",
    "not_(exist(diff(sel(cup), rel(u(sel(table)), on))))",
    lambda p: yes(all(c in on_table(p) for c in p.f("cup"))),
)
X("kitchen", "What's the replacement value of that table, roughly?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Aisha, a busy Somali-Canadian mother of three
P(
    "count",
    "park",
    "How many kids are in this picture? I count two.",
    "count(sel(child))",
    lambda p: n(children(p)),
)
P(
    "chain",
    "park",
    "What colour is the thing the boy is throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "Is there a dog near the girl?",
    "vrel(u(sel(girl)), near, name=dog)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "compare_attr",
    "park",
    "The dog by the girl and the dog the lady in red is holding — are they the same colour?",
    "same(u(rel(u(sel(girl)), near, name=dog)), u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: yes(
        p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color")
        == p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color")
    ),
)
P(
    "count",
    "park",
    "And how many of the dogs are black?",
    "count(f(sel(dog), color=black))",
    lambda p: n(p.f("dog", color="black")),
)
X("park", "Is this park in Toronto? Is it safe for my kids to play there?")

# --- Bill, a retired Cornish postman
P(
    "count",
    "park",
    "How many people out and about in the park, then, my 'andsome?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "park",
    "What's that bench made of? Looks proper sturdy.",
    "q(u(sel(bench)), material)",
    lambda p: p.value(p.the("bench"), "material"),
)
P(
    "where",
    "park",
    "Where's the bike parked — left o' the bench or right of it?",
    "choose_rel(u(sel(bicycle)), [left, right], role=object, name=bench)",
    lambda p: photo_side(p, p.the("bicycle"), p.the("bench"), ("left", "right")),
)
P(
    "superlative",
    "park",
    "Who's stood furthest over to the right?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "More women than children there, would you say?",
    "gt(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) > len(children(p))),
)
P(
    "position",
    "park",
    "That tree behind the lady in red — is it the one on the left of the picture or the right?",
    "choose(u(rel(u(f(sel(woman), color=red)), behind)), hposition, [left, right])",
    lambda p: p.value(only(p.subjects("behind", p.the("woman", color="red"))), "hposition"),
)

# --- Mei, nine
P("count", "park", "how many trees are there", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "what colour is the bike",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "chain",
    "park",
    "who is standing next to the bike",
    "q(u(rel(u(sel(bicycle)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bicycle")))),
)
P("exist", "park", "is there a cat in the park", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "superlative",
    "park",
    "who is second from the left",
    "q(ord(sel(person), left, 2), name)",
    lambda p: p.name(side_of(p, people(p), "left", 2)),
)
X("park", "whats the girls name")

# --- Jorge, a Colombian groundskeeper in Miami
P("count", "park", "How many benches there are in the park?", "count(sel(bench))", lambda p: n(p.f("bench")))
P(
    "attribute",
    "park",
    "The bench, which colour is painted?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "spatial",
    "park",
    "The woman in white, she is near to the bicycle?",
    "exist(f(rel(u(sel(bicycle)), near, name=woman), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("bicycle")), "woman"))),
)
P(
    "position",
    "park",
    "The frisbee is up in the top or down in the bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "chain",
    "park",
    "The dog that is near the girl, which colour it is?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "compare_attr",
    "park",
    "The two women, they wear the same colour?",
    "same(sel(woman), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("woman")}) == 1),
)
X("park", "How much water this grass is needing every week?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Hana, a Korean kindergarten teacher
P("count", "shapes", "How many circle are in this drawing?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "attribute",
    "shapes",
    "The square, what colour it is?",
    "q(u(sel(square)), color)",
    lambda p: p.value(p.the("square"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Blue shapes are more than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "Which shape is in the top left corner?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "How many other shapes have same colour with the hexagon?",
    "count(same_attr(u(sel(hexagon)), color))",
    lambda p: n(drawn_others(p, p.the("hexagon"), "color")),
)
X("shapes", "My students will like this. Which app I can use to draw like this?")

# --- Rosie, seven
P("count", "shapes", "how many shapes are blue", "count(f(scene(), color=blue))", lambda p: n(p.f(color="blue")))
P("exist", "shapes", "is there a triangle", "exist(sel(triangle))", lambda p: yes(bool(p.f("triangle"))))
P(
    "attribute",
    "shapes",
    "what colour is the star",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
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
    "which one is bigger the square or the triangle",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
X("shapes", "whats the stars favourite colour")

# --- Oliver, a colourblind accountant
P(
    "attribute",
    "shapes",
    "I'm colourblind, so bear with me. What colour is the triangle?",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "position",
    "shapes",
    "And the shape down in the bottom-left corner — what colour is that?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "Are the two circles the same colour? They look alike to me.",
    "same(sel(circle), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("circle")}) == 1),
)
P(
    "attribute",
    "shapes",
    "Is the hexagon blue or green?",
    "choose(u(sel(hexagon)), color, [blue, green])",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "number",
    "shapes",
    "How many different colours are there in the drawing in total?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
P(
    "list",
    "shapes",
    "List the colours used in the top row for me — any order is fine.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)

# --- Denise, an art therapist
P(
    "count",
    "shapes",
    "How many of the shapes would you call large?",
    "count(f(scene(), size=large))",
    lambda p: n(p.f(size="large")),
)
P(
    "position",
    "shapes",
    "Is there something right in the centre of the drawing? What shape is it?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "quantifier",
    "shapes",
    "Are all the large shapes up in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)
P(
    "compare_size",
    "shapes",
    "Is the red circle larger than the blue circle?",
    "larger(u(f(sel(circle), color=red)), u(f(sel(circle), color=blue)))",
    lambda p: drawn_larger(p, p.the("circle", color="red"), p.the("circle", color="blue")),
)
P(
    "negation",
    "shapes",
    "How many shapes are something other than blue?",
    "count(fn(scene(), color=blue))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "blue"]),
)
X("shapes", "What do you think the person who drew this was feeling at the time?")

# --- Frank, a New Jersey sign painter
P("count", "shapes", "How many shapes on the board, total?", "count(scene())", lambda p: n(p.objects))
P(
    "count",
    "shapes",
    "How many of 'em are sittin' in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "Bottom row, the one furthest right — what shape is it?",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "The yellow rectangle: is it big, and is it down at the bottom?",
    "and_(verify(u(f(sel(rectangle), color=yellow)), size, large), verify(u(f(sel(rectangle), color=yellow)), vposition, bottom))",
    lambda p: yes(
        p.value(yellow_rectangle(p), "size") == "large" and p.value(yellow_rectangle(p), "vposition") == "bottom"
    ),
)
P(
    "compare_attr",
    "shapes",
    "Square and hexagon — same color?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
X("shapes", "What would you charge to paint this on a storefront, ballpark?")

# --- Lucía, an Argentinian design student
P(
    "count",
    "shapes",
    "How many figures are small?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "list",
    "shapes",
    "Which figures are blue? Tell me all the shapes.",
    "values(f(scene(), color=blue), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "The first figure from the right in the upper row, which colour has?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "The triangle and the star have the same size?",
    "same(u(sel(triangle)), u(sel(star)), size)",
    lambda p: yes(p.value(p.the("triangle"), "size") == p.value(p.the("star"), "size")),
)
P(
    "exist",
    "shapes",
    "Exists some orange figure?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "quantifier",
    "shapes",
    "Most of the figures are blue?",
    "gt(count(f(scene(), color=blue)), count(fn(scene(), color=blue)))",
    lambda p: most([p.value(o, "color") == "blue" for o in p.objects]),
)

# --- Craig, an Australian electrician
P("count", "shapes", "G'day. How many red shapes, mate?", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P(
    "position",
    "shapes",
    "Which side's the triangle on, left or right?",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "compare_count",
    "shapes",
    "Reckon there's more small shapes than big ones?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "position",
    "shapes",
    "What colour's the one in the bottom-right corner?",
    "q(u(f(scene(), hposition=right, vposition=bottom)), color)",
    lambda p: p.value(p.the(hposition="right", vposition="bottom"), "color"),
)
P(
    "negation",
    "shapes",
    "How many shapes aren't circles or squares?",
    "count(fn(fn(scene(), shape=circle), shape=square))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") not in {"circle", "square"}]),
)
X("shapes", "Who drew this, and do they take commissions?")

# --- Pat, a retired Leicester seamstress
P(
    "negation",
    "shapes",
    "How many shapes have got straight edges? Everything except the circles, duck.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "two_clause",
    "shapes",
    "The star — is that in the middle of the bottom row?",
    "and_(verify(u(sel(star)), hposition, middle), verify(u(sel(star)), vposition, bottom))",
    lambda p: yes(p.value(p.the("star"), "hposition") == "middle" and p.value(p.the("star"), "vposition") == "bottom"),
)
P(
    "compare_size",
    "shapes",
    "Which is the bigger of the two, the blue circle or the yellow rectangle?",
    "q(u(f(union(f(sel(circle), color=blue), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("circle", color="blue"), yellow_rectangle(p)),
)
P(
    "superlative",
    "shapes",
    "What's second from the left along the top row? The colour, I mean.",
    "q(ord(f(scene(), vposition=top), left, 2), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "color"),
)
P(
    "exist",
    "shapes",
    "Is there a green one anywhere along the top?",
    "exist(f(scene(), color=green, vposition=top))",
    lambda p: yes(bool(p.f(color="green", vposition="top"))),
)
P(
    "count",
    "shapes",
    "How many of the blue ones aren't in the bottom row?",
    "count(fn(f(scene(), color=blue), vposition=bottom))",
    lambda p: n([o for o in p.f(color="blue") if p.value(o, "vposition") != "bottom"]),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
