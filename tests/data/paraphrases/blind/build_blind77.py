# ruff: noqa: E501
"""Blind paraphrase set 77: a twenty-third fresh crowd with no common theme. About forty ordinary people of every age,
region, job and temperament, each imagined once and kept in character for five to seven questions about one picture,
asking in plain everyday English in their own words and habits of speech, always understandably to a careful reader.

The cast. On the CLEVR pictures: Gwen, a Welsh night-shift nurse doing the puzzle her daughter sent her on her tea
break ("now", "lovely", "is it?"); Kofi, a Ghanaian-born accountant in London, precise and formal ("Kindly tell me",
"I am reconciling my own count"); Lars, a Swedish dad whose English ends in "or?" ("The big ball is of metal, or?");
Tasha, twelve, doing a logic worksheet in lowercase ("ok so", "whats"); Earl, a retired Ohio mail carrier ("these here
things", "what all's sitting"); Ines, a Spanish pharmacist ("of which colour is it?", "is it correct?"); Declan, an
Irish plumber ("Right so", "in it", "d'ye know"); Mei, a Singaporean undergraduate ("ah", "or not?", "lah"); Patricia,
a soft-spoken school librarian ("Could you tell me", "I'm looking at"); Jamal, a Detroit assembly-line worker ("we
looking at", "Need the material"); Noah, nine, dictating to his tablet ("um", no punctuation); Greta, a blunt Dutch
physiotherapist ("Same material, yes or no?"); Arturo, an Italian espresso-bar owner ("Allora", "of what colour is
it?"); Sunita, a retired bank clerk from Leicester ("please, dear"); Kevin, an Australian tradie ("all up, mate",
"right up the back"); Ana, a Filipina nurse in Dubai ("Hello po", "please"); Walt, a Minnesota ice fisherman ("Oh ya",
"made outta", "ain't"); Chloe, a French au pair ("on the image", "which colour has the cube?"); Hamid, an Afghan-born
taxi driver in Toronto ("Brother", "Brown one is which side"); Rob, a harried project manager ("Quick one", "Shape
only", "Count please"); Tyler, sixteen, on his phone ("yo", "lowkey", "tho"); and Yusuf, a Turkish carpet seller in
Istanbul ("My friend", "you see here?"). On the photo-like graphs: Dolores, a Puerto Rican grandmother in the Bronx
("Ay, mijo", "How many mens"); Mike, a delivery driver who only cares about parking; Farid, an Iranian-born driving
instructor ("pedestrians", "is this correct?"); Becca, fifteen, waiting for her bus ("omg", "u", "lol"); Nora, who runs
a bed and breakfast in Kerry ("the guests", "have I put out"); Pavel, a Czech student flatmate ("Which colour has the
bottle?"); Denise, an occupational therapist assessing a client's kitchen ("mounted", "contrast"); Leo, eleven, told
to set the table; Hank, a retired high-school baseball coach ("that kid", "got an arm on him"); Amara, a Nigerian mum
at the playground ("please", "my kids"); Sofia, a Greek grandmother ("my dear", "which colour it has?"); and Jesse, a
dog groomer ("got hold of it", "What breed's the white one"). On the drawing: Ruth, a kindergarten teacher ("Let's
count together!", "friends"); Dev, a UX designer ("elements", "canvas", "fill colour"); Marta, a Brazilian seamstress
("shapes of red colour", "the rectangle yellow"); Mr Hollis, a grumpy retiree on his grandson's tablet ("Blasted
thing"); Kim, a Korean design student ("How many figure", "both correct?"); Oscar, six; Bea, a speech therapist
prompting a client ("Can you tell me", "Point to"); and Ibrahim, an Egyptian civil engineer ("drawn in total",
"List them, please").

Sentence shapes: plain questions, fronted topics ("The big cube — what's that one made of, now?", "Brown one is which
side of the picture?"), non-native word orders ("How many spheres there are on the image?", "The rectangle yellow, it
is big or small?", "There are less big shapes than small shapes?"), tags ("or?", "is it?", "no?", "yes?", "or not?",
"right?", "correct?"), fragments ("Shape only.", "Count please.", "Need the material."), voice-typed run-ons without
punctuation, comparisons said several ways ("more ... than", "fewer", "less ... than", "as many ... as", "equal
numbers", "more ... than everything else together", "bigger", "smaller", "match on material"), negatives and
exceptions ("aren't", "ain't", "not red and not rubber", "Everything besides the spheres", "Apart from the green cube",
"Except for the blue ones", "Let's leave out the circles"), two checks at once ("small and rubber both", "large, and
is it rubber?", "green and big, both correct?", "made of wood and is it green?"), and two-hop chains told as little
stories ("Behind the small red cube there is a sphere; to the left of that sphere is a cylinder").

The questions cover counts (with conditions, negation, "or", "together", "all up"), existence, an attribute of one
thing, yes/no checks of one value and of two values at once, comparisons of counts and of attributes (colour, shape,
size, material), quantifiers ("every", "all", "both", "most", "any ... at all", "everything"), exceptions, relations
(left, right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals ("at the very
front", "right up the back", "second from the right", "second from the front", "most left"), other things sharing a
value, which of two things is the bigger, lists of values, the number of different colours, sides of a CLEVR picture,
sides, rows and corners of the photos and the drawing, and the text on the photos' bus, sign, road, bottle and clock.
About half ask about CLEVR val scenes (37, 8, 33, 6, 10, 1, 3, 4, 23, 51, 39, 40, 34 and 58; one or two people to a
scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes; about
one in ten must be refused, each in the same voice as the person's other questions (prices, opinions and feelings,
what happens next, names, makers and breeds, the world outside the picture).

Conventions (as set 66's). "The X" is only used where exactly one X matches, counting a square as a rectangle (so the
drawing's rectangle is always "the yellow rectangle" or "the long yellow rectangle"); places and orders are only
asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of the
anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object whose box
centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawing and photos neighbours in an order
are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave
open. A which-side question is answered with the side; a "which is bigger" between two things is asked only where
their size classes differ, and answered with the word that tells the bigger one from the other (its shape); "is A
smaller than B" is gold larger(B, A). Answers are the graph's words (gray, not grey; sphere, not ball; wood, not oak;
lists most frequent first, ties alphabetical); yes/no answers are "yes" or "no" whatever the tag. Every gold program
and answer comes from the scene by plain Python.

Written blind: without reading nsvr's parser, grammar or normalize rules (nothing under agent/, scene_graph/ or
tasks/), its tests or any other question set or builder; the only files read were build_blind66.py (its docstring,
helpers and code, for the format, the gold program language and the conventions), blind_gold.py and
blind_helpers.py (the helpers imported here), the first 5 lines of blind66.jsonl (for the line format), and the scenes
themselves (photo_scenes.json and /work/shared/clevr-mini/val/scenes.json, inspected with small python snippets). No
question was run through nsvr's parser, planner or ``nsvr ask``; only the gold programs were run, by nsvr's executor,
through ``--check``.

Run ``python build_blind77.py`` to write ``../blind77.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import n, question_recorder, write_set, yes  # noqa: E402
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

OUT = Path(__file__).resolve().parents[1] / "blind77.jsonl"
Q, C, P, X = question_recorder()


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def yellow_rectangle(p) -> str:
    """The drawing's one yellow rectangle (a square counting as a rectangle)."""
    return only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])


def drawn_others(p, anchor: str, attribute: str) -> list[str]:
    """The drawn shapes other than the anchor that share its value of ``attribute``."""
    return [o for o in p.objects if o != anchor and p.value(o, attribute) == p.value(anchor, attribute)]


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# scene 37: large gray rubber cyl, small brown rubber cube (front), large purple metal cube, small red rubber sph (far right), small red rubber cube, small gray metal cyl (back), small cyan rubber sph, large blue metal cyl (far left)

# --- Gwen, a Welsh night-shift nurse doing the puzzle her daughter sent her, on her tea break
C(
    "count",
    37,
    "On my break with a cuppa and this puzzle our Ffion sent me. How many cylinders have we got, then?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    37,
    "Are there more rubber things than metal ones, would you say?",
    "gt(count(f(scene(), material=rubber)), count(f(scene(), material=metal)))",
    lambda s: yes(len(s.f(material="rubber")) > len(s.f(material="metal"))),
)
C(
    "attribute",
    37,
    "The big cube — what's that one made of, now?",
    "q(u(f(sel(cube), size=large)), material)",
    lambda s: s.a(s.the(shape="cube", size="large"), "material"),
)
C(
    "two_clause",
    37,
    "Now the red ball, is that one small and rubber both, or am I seeing things?",
    "and_(verify(u(f(sel(sphere), color=red)), size, small), verify(u(f(sel(sphere), color=red)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "size") == "small"
        and s.a(s.the(shape="sphere", color="red"), "material") == "rubber"
    ),
)
C(
    "superlative",
    37,
    "Which is the one right at the back? Just the colour will do, lovely.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
X(37, "Do you think Ffion made this herself, or did she get it off the internet somewhere?")

# --- Kofi, a Ghanaian-born accountant in London; precise and formal
C(
    "count",
    37,
    "Kindly tell me how many of the small objects are made of rubber.",
    "count(f(scene(), size=small, material=rubber))",
    lambda s: n(s.f(size="small", material="rubber")),
)
C(
    "negation",
    37,
    "How many objects are not cubes? I am reconciling my own count.",
    "count(fn(scene(), shape=cube))",
    lambda s: n(lacking(s, s.all(), shape="cube")),
)
C(
    "spatial",
    37,
    "How many items are positioned to the right of the large gray cylinder?",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), right))",
    lambda s: n(related(s, "right", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "chain",
    37,
    "Behind the small red cube there is a sphere; to the left of that sphere is a cylinder. Is the cylinder large or small?",
    "choose(u(f(rel(u(f(rel(u(f(sel(cube), size=small, color=red)), behind), shape=sphere)), left), shape=cylinder)), size, [large, small])",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", size="small", color="red"), "behind", shape="sphere"),
            "left",
            shape="cylinder",
        ),
        "size",
    ),
)
C(
    "compare_attr",
    37,
    "Please confirm whether the two red objects are made of the same material.",
    "same(f(scene(), color=red), material)",
    lambda s: alike(s, s.f(color="red"), "material"),
)
C(
    "list",
    37,
    "List, please, the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl (far right), small cyan metal cube (far left), small brown rubber cube (back), large purple metal sph, small yellow rubber cyl (front), small yellow metal cube

# --- Lars, a Swedish dad
C(
    "count",
    8,
    "How many cubes are in the picture, all together?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "verify",
    8,
    "The big ball is of metal, or?",
    "verify(u(f(sel(sphere), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "metal"),
)
C(
    "same_attr",
    8,
    "How many other things have the same colour as the big ball?",
    "count(same_attr(u(f(sel(sphere), size=large)), color))",
    lambda s: n(others(s, s.the(shape="sphere", size="large"), "color")),
)
C(
    "compare_size",
    8,
    "Which is bigger, the gray cube or the gray cylinder?",
    "q(u(f(union(f(sel(cube), color=gray), f(sel(cylinder), color=gray)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="gray"), s.the(shape="cylinder", color="gray")),
)
C(
    "position",
    8,
    "The cyan cube, it stands on the left side of the picture or the right?",
    "choose(u(f(sel(cube), color=cyan)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="cyan")),
)
C(
    "spatial",
    8,
    "And in front of the big ball, how many things are standing there?",
    "count(rel(u(f(sel(sphere), size=large)), front))",
    lambda s: n(related(s, "front", s.the(shape="sphere", size="large"))),
)

# --- Tasha, twelve, doing a logic worksheet
C(
    "count",
    8,
    "ok so how many yellow things are there",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C(
    "compare_attr",
    8,
    "are the two yellow things the same shape",
    "same(f(scene(), color=yellow), shape)",
    lambda s: alike(s, s.f(color="yellow"), "shape"),
)
C(
    "superlative",
    8,
    "whats the thing at the very front made of",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)
C(
    "spatial",
    8,
    "how many things are behind the big gray cylinder",
    "count(rel(u(f(sel(cylinder), size=large, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="large", color="gray"))),
)
C(
    "quantifier",
    8,
    "is every cube small",
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: every(s, s.f(shape="cube"), size="small"),
)
C(
    "superlative",
    8,
    "what colour is the second thing from the right",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
X(8, "is miss going to give us a harder one next week")

# scene 33: small cyan rubber cube (far right), small gray metal sph (right), small blue rubber cyl, large cyan metal cyl (back), large green metal cube (far left), large red metal sph (front)

# --- Earl, a retired Ohio mail carrier
C(
    "count",
    33,
    "Now how many of these here things are shiny metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "negation",
    33,
    "Apart from the green cube, is anything else in there a cube?",
    "exist(diff(sel(cube), f(sel(cube), color=green)))",
    lambda s: yes(bool([i for i in s.f(shape="cube") if i != s.the(shape="cube", color="green")])),
)
C(
    "compare_attr",
    33,
    "That cyan cube and the cyan cylinder, are they about the same size?",
    "same(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), color=cyan)), size)",
    lambda s: yes(s.a(s.the(shape="cube", color="cyan"), "size") == s.a(s.the(shape="cylinder", color="cyan"), "size")),
)
C(
    "spatial",
    33,
    "What all's sitting in front of that big green cube? Just a number's fine.",
    "count(rel(u(f(sel(cube), size=large, color=green)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", size="large", color="green"))),
)
C(
    "compare_size",
    33,
    "Is the red ball bigger than the gray one?",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(sphere), color=gray)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="sphere", color="gray")),
)
X(33, "We used to shoot marbles like those balls when I was a boy. How much would a set like this run me nowadays?")

# --- Ines, a Spanish pharmacist
C(
    "count",
    33,
    "How many objects are small, please? I count three.",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "number",
    33,
    "How many different colours there are in the image?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "superlative",
    33,
    "Which object is the most behind? Tell me the shape, please.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "chain",
    33,
    "Behind the red sphere there is a small cylinder. Of which colour is it?",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cylinder, size=small)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="cylinder", size="small"), "color"),
)
C(
    "quantifier",
    33,
    "Most of the objects are made of metal, is it correct?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most([s.a(i, "material") == "metal" for i in s.all()]),
)
C(
    "position",
    33,
    "The gray ball is at the right side of the photo or at the left?",
    "choose(u(f(sel(sphere), color=gray)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="gray")),
)

# scene 6: small purple rubber sph, large red rubber cyl (back), small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube (far right), large red rubber sph (front), large gray rubber sph (far left)

# --- Declan, an Irish plumber
C("count", 6, "Right so, how many balls are in it?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "count",
    6,
    "And the red ones and the purple ones together, how many would that come to?",
    "count(union(f(scene(), color=red), f(scene(), color=purple)))",
    lambda s: n(s.f(color=("red", "purple"))),
)
C(
    "attribute",
    6,
    "The little red cube there, what's it made of at all?",
    "q(u(f(sel(cube), size=small, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="small", color="red"), "material"),
)
C(
    "compare_count",
    6,
    "Would there be fewer cubes than cylinders in it?",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "chain",
    6,
    "What colour is the cylinder to the right of that little red cube?",
    "q(u(f(rel(u(f(sel(cube), size=small, color=red)), right), shape=cylinder)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", size="small", color="red"), "right", shape="cylinder"), "color"),
)
X(6, "Who'd have made this, d'ye know? Some young lad with a computer?")

# --- Mei, a Singaporean undergraduate
C(
    "count",
    6,
    "How many things are rubber ah?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "quantifier",
    6,
    "All the spheres are rubber or not?",
    "not_(exist(fn(sel(sphere), material=rubber)))",
    lambda s: every(s, s.f(shape="sphere"), material="rubber"),
)
C(
    "superlative",
    6,
    "The one at the very front is what colour?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    6,
    "Blue cube is on the right of the purple cylinder, correct?",
    "exist(f(rel(u(f(sel(cylinder), color=purple)), right), color=blue, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "blue"}, "right", {"shape": "cylinder", "color": "purple"}),
)
C(
    "negation",
    6,
    "How many things are not red and not rubber?",
    "count(fn(fn(scene(), color=red), material=rubber))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "red" and s.a(i, "material") != "rubber"]),
)
C(
    "compare_attr",
    6,
    "The big gray ball and the red ball, same material or not?",
    "same(u(f(sel(sphere), color=gray)), u(f(sel(sphere), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="gray"), "material") == s.a(s.the(shape="sphere", color="red"), "material")
    ),
)
X(6, "Which one you think is the nicest colour lah?")

# scene 10: small red rubber cyl, large purple metal sph (far left), large green metal cyl (front), large gray metal cyl (far right), small gray rubber cube (back), large red rubber sph

# --- Patricia, a soft-spoken school librarian
C(
    "count",
    10,
    "Could you tell me how many large objects there are?",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "verify",
    10,
    "Is the only cube in the picture gray?",
    "verify(u(sel(cube)), color, gray)",
    lambda s: yes(s.a(s.the(shape="cube"), "color") == "gray"),
)
C(
    "compare_attr",
    10,
    "Are the two red objects the same shape?",
    "same(f(scene(), color=red), shape)",
    lambda s: alike(s, s.f(color="red"), "shape"),
)
C(
    "chain",
    10,
    "I'm looking at the purple sphere. Of the things in front of it, one is small — what colour is that one?",
    "q(u(f(rel(u(f(sel(sphere), color=purple)), front), size=small)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="purple"), "front", size="small"), "color"),
)
C(
    "list",
    10,
    "Which materials turn up among the cylinders?",
    "values(sel(cylinder), material)",
    lambda s: listed(s.a(i, "material") for i in s.f(shape="cylinder")),
)
X(10, "Is there a book I could recommend to a pupil who enjoys puzzles like this one?")

# --- Jamal, a Detroit assembly-line worker
C("count", 10, "How many cylinders we looking at?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_count",
    10,
    "Are there more cylinders than spheres in this one?",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "position",
    10,
    "Big purple ball's on which side of the shot, left or right?",
    "choose(u(f(sel(sphere), size=large, color=purple)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="large", color="purple")),
)
C(
    "superlative",
    10,
    "What's furthest back? Need the material.",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
C(
    "spatial",
    10,
    "How many things are to the left of the gray cylinder?",
    "count(rel(u(f(sel(cylinder), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cylinder", color="gray"))),
)
C(
    "quantifier",
    10,
    "Everything besides the spheres — is it all metal?",
    "not_(exist(fn(fn(scene(), shape=sphere), material=metal)))",
    lambda s: every(s, lacking(s, s.all(), shape="sphere"), material="metal"),
)

# scene 1: large purple rubber cube, large gray rubber cube (back), small blue metal cyl (front), small blue rubber cyl (far right), small brown metal sph (far left)

# --- Noah, nine, dictating to his tablet
C(
    "count",
    1,
    "um how many blue things are there",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C("exist", 1, "is there a ball in this one", "exist(sel(sphere))", lambda s: yes(bool(s.f(shape="sphere"))))
C(
    "attribute",
    1,
    "what colour is the ball",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "compare_size",
    1,
    "which one is bigger the purple cube or the brown ball",
    "q(u(f(union(f(sel(cube), color=purple), f(sel(sphere), color=brown)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="purple"), s.the(shape="sphere", color="brown")),
)
C(
    "superlative",
    1,
    "um which one is at the very front what shape is it",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
X(1, "if you pushed the big gray one would it fall over")

# --- Greta, a blunt Dutch physiotherapist
C(
    "compare_attr",
    1,
    "The two blue cylinders. Same material, yes or no?",
    "same(f(sel(cylinder), color=blue), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="blue"), "material"),
)
C(
    "count",
    1,
    "How many things are made of rubber?",
    "count(f(scene(), material=rubber))",
    lambda s: n(s.f(material="rubber")),
)
C(
    "two_clause",
    1,
    "Is the gray cube large, and is it rubber?",
    "and_(verify(u(f(sel(cube), color=gray)), size, large), verify(u(f(sel(cube), color=gray)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "size") == "large"
        and s.a(s.the(shape="cube", color="gray"), "material") == "rubber"
    ),
)
C(
    "spatial",
    1,
    "Behind the purple cube: how many things? Only the number.",
    "count(rel(u(f(sel(cube), color=purple)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", color="purple"))),
)
C(
    "chain",
    1,
    "The blue cylinder that stands in front of the purple cube: the metal one or the rubber one?",
    "choose(u(f(rel(u(f(sel(cube), color=purple)), front), color=blue, shape=cylinder)), material, [metal, rubber])",
    lambda s: s.a(hop(s, s.the(shape="cube", color="purple"), "front", color="blue", shape="cylinder"), "material"),
)
C(
    "compare_count",
    1,
    "Cubes and cylinders: equal numbers?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)

# scene 3: small red metal sph, small purple metal cube (far left, front), large red rubber cyl (far right), large purple rubber cyl (back), small red metal cyl

# --- Arturo, an Italian espresso-bar owner
C(
    "count",
    3,
    "Allora, the red things — how many?",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "attribute",
    3,
    "The cube, of what colour is it?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_count",
    3,
    "There are more cylinders than everything else together, yes?",
    "gt(count(sel(cylinder)), count(fn(scene(), shape=cylinder)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(lacking(s, s.all(), shape="cylinder"))),
)
C(
    "spatial",
    3,
    "The little red ball — how many things are behind it?",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "same_attr",
    3,
    "The big purple cylinder: how many other things have this same colour?",
    "count(same_attr(u(f(sel(cylinder), size=large, color=purple)), color))",
    lambda s: n(others(s, s.the(shape="cylinder", size="large", color="purple"), "color")),
)
X(3, "Beautiful design. Which company makes these, you know? Looks Italian to me.")

# --- Sunita, a retired bank clerk from Leicester
C(
    "count",
    3,
    "How many of the cylinders are small ones, please, dear?",
    "count(f(sel(cylinder), size=small))",
    lambda s: n(s.f(shape="cylinder", size="small")),
)
C(
    "compare_attr",
    3,
    "Are the two big cylinders made of the same stuff?",
    "same(f(sel(cylinder), size=large), material)",
    lambda s: alike(s, s.f(shape="cylinder", size="large"), "material"),
)
C(
    "superlative",
    3,
    "What colour is the thing furthest over on the left?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "chain",
    3,
    "To the right of the purple cube there's a sphere, and behind that sphere there's a small cylinder. What colour is the cylinder?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=purple)), right), shape=sphere)), behind), shape=cylinder, size=small)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="cube", color="purple"), "right", shape="sphere"),
            "behind",
            shape="cylinder",
            size="small",
        ),
        "color",
    ),
)
C(
    "quantifier",
    3,
    "Are all the metal things small?",
    "not_(exist(fn(f(scene(), material=metal), size=small)))",
    lambda s: every(s, s.f(material="metal"), size="small"),
)
C(
    "list",
    3,
    "What shapes are the red ones, please? All of them.",
    "values(f(scene(), color=red), shape)",
    lambda s: listed(s.a(i, "shape") for i in s.f(color="red")),
)

# scene 4: small red rubber cyl (back), small green rubber cyl (far left), small brown rubber sph (front), small yellow metal sph (far right), small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph

# --- Kevin, an Australian tradie
C(
    "count",
    4,
    "How many yellow ones all up, mate?",
    "count(f(scene(), color=yellow))",
    lambda s: n(s.f(color="yellow")),
)
C("exist", 4, "Any cubes in there at all?", "exist(sel(cube))", lambda s: yes(bool(s.f(shape="cube"))))
C(
    "attribute",
    4,
    "The big blue ball — metal or rubber?",
    "choose(u(f(sel(sphere), size=large, color=blue)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere", size="large", color="blue"), "material"),
)
C(
    "count",
    4,
    "How many are either purple or green?",
    "count(union(f(scene(), color=purple), f(scene(), color=green)))",
    lambda s: n(s.f(color=("purple", "green"))),
)
C(
    "superlative",
    4,
    "Which one's right up the back? What colour's it?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "compare_attr",
    4,
    "Them two purple ones, same shape?",
    "same(f(scene(), color=purple), shape)",
    lambda s: alike(s, s.f(color="purple"), "shape"),
)

# --- Ana, a Filipina nurse in Dubai
C(
    "count",
    4,
    "Hello po, how many balls are in the picture?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "two_clause",
    4,
    "Is the brown ball small and made of rubber?",
    "and_(verify(u(f(sel(sphere), color=brown)), size, small), verify(u(f(sel(sphere), color=brown)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="brown"), "size") == "small"
        and s.a(s.the(shape="sphere", color="brown"), "material") == "rubber"
    ),
)
C(
    "negation",
    4,
    "How many objects are not yellow?",
    "count(fn(scene(), color=yellow))",
    lambda s: n(lacking(s, s.all(), color="yellow")),
)
C(
    "spatial",
    4,
    "How many things are to the right of the big blue ball, please?",
    "count(rel(u(f(sel(sphere), size=large, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", size="large", color="blue"))),
)
C(
    "chain",
    4,
    "What colour is the ball on the left of the big blue ball?",
    "q(u(f(rel(u(f(sel(sphere), size=large, color=blue)), left), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="large", color="blue"), "left", shape="sphere"), "color"),
)
C(
    "position",
    4,
    "The yellow metal ball, is it on the right or the left of the picture?",
    "choose(u(f(sel(sphere), color=yellow, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", color="yellow", material="metal")),
)
C(
    "superlative",
    4,
    "The one second from the front, what shape is it?",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)

# scene 23: small yellow metal sph, small brown metal cyl (far left, front), large yellow rubber cyl (back), small brown metal sph (far right)

# --- Walt, a Minnesota ice fisherman
C("count", 23, "Oh ya, how many balls we got here?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    23,
    "The two brown ones — same shape, you think?",
    "same(f(scene(), color=brown), shape)",
    lambda s: alike(s, s.f(color="brown"), "shape"),
)
C(
    "attribute",
    23,
    "That big yellow cylinder, what's that made outta?",
    "q(u(f(sel(cylinder), size=large, color=yellow)), material)",
    lambda s: s.a(s.the(shape="cylinder", size="large", color="yellow"), "material"),
)
C(
    "compare_size",
    23,
    "Which is bigger, the yellow ball or the yellow cylinder there?",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(cylinder), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="cylinder", color="yellow")),
)
C(
    "spatial",
    23,
    "Is the brown ball sitting in front of the yellow ball?",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), front), color=brown, shape=sphere))",
    lambda s: is_rel(s, {"shape": "sphere", "color": "brown"}, "front", {"shape": "sphere", "color": "yellow"}),
)
C(
    "negation",
    23,
    "How many things in there ain't metal?",
    "count(fn(scene(), material=metal))",
    lambda s: n(lacking(s, s.all(), material="metal")),
)
X(23, "You think the lake'll be froze over good enough by this weekend?")

# scene 51: small brown metal sph (right), large gray rubber sph (back), small yellow metal cube (far left, front)

# --- Chloe, a French au pair
C("count", 51, "How many spheres there are on the image?", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "attribute",
    51,
    "Which colour has the cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    51,
    "The two spheres, they are of the same size?",
    "same(sel(sphere), size)",
    lambda s: alike(s, s.f(shape="sphere"), "size"),
)
C(
    "spatial",
    51,
    "The cube is in front of the big sphere, no?",
    "exist(f(rel(u(f(sel(sphere), size=large)), front), shape=cube))",
    lambda s: is_rel(s, {"shape": "cube"}, "front", {"shape": "sphere", "size": "large"}),
)
C(
    "superlative",
    51,
    "Which thing is the most to the right? Its colour, please.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(51, "Where can I buy toys like this in Lyon for the little boy I look after?")

# scene 39: large gray metal cyl, small brown rubber cyl (far left, back), small gray metal cube (front)

# --- Hamid, an Afghan-born taxi driver in Toronto
C("count", 39, "Brother, how many cylinders in this one?", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "compare_attr",
    39,
    "The gray cube and the big cylinder, same colour?",
    "same(u(f(sel(cube), color=gray)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="gray"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")
    ),
)
C(
    "verify",
    39,
    "Brown cylinder is rubber, right?",
    "verify(u(f(sel(cylinder), color=brown)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cylinder", color="brown"), "material") == "rubber"),
)
C(
    "position",
    39,
    "Brown one is which side of the picture?",
    "choose(u(f(scene(), color=brown)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(color="brown")),
)
C(
    "chain",
    39,
    "Something is standing in front of the big cylinder. What shape it is?",
    "q(u(rel(u(f(sel(cylinder), size=large)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", size="large"))), "shape"),
)
X(39, "This picture, where is it taken? Which city?")

# scene 40: small cyan metal cube (far right, front), large brown rubber cyl (far left), large gray metal cube (back)

# --- Rob, a harried project manager
C("count", 40, "Quick one — how many cubes in this image?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    40,
    "Do the two cubes match on material?",
    "same(sel(cube), material)",
    lambda s: alike(s, s.f(shape="cube"), "material"),
)
C(
    "superlative",
    40,
    "What's furthest back? Shape only.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_size",
    40,
    "Is the cyan cube larger than the brown cylinder?",
    "larger(u(f(sel(cube), color=cyan)), u(f(sel(cylinder), color=brown)))",
    lambda s: larger(s, s.the(shape="cube", color="cyan"), s.the(shape="cylinder", color="brown")),
)
C(
    "exist",
    40,
    "Anything rubber in there?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "spatial",
    40,
    "Anything to the left of the gray cube? Count please.",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)

# scene 34: small red metal cyl (far left, front), small yellow metal cube (back), large gray metal cyl (far right)

# --- Tyler, sixteen, on his phone
C("count", 34, "yo how many cylinders", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "quantifier",
    34,
    "is everything metal? like all of it",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    34,
    "lowkey are the two cylinders the same size",
    "same(sel(cylinder), size)",
    lambda s: alike(s, s.f(shape="cylinder"), "size"),
)
C(
    "spatial",
    34,
    "how many things are behind the red cylinder tho",
    "count(rel(u(f(sel(cylinder), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", color="red"))),
)
C(
    "superlative",
    34,
    "whats the colour of the thing thats furthest right",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(34, "what game is this from")

# scene 58: small blue rubber sph (back), large cyan metal cube (front), large purple metal cube (far left)

# --- Yusuf, a Turkish carpet seller in Istanbul
C("count", 58, "My friend, how many cubes you see here?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    58,
    "The two cubes, they are same size?",
    "same(sel(cube), size)",
    lambda s: alike(s, s.f(shape="cube"), "size"),
)
C(
    "attribute",
    58,
    "And the ball, what colour?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "spatial",
    58,
    "The cyan cube is in front of the purple cube, yes?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=cyan, shape=cube))",
    lambda s: is_rel(s, {"shape": "cube", "color": "cyan"}, "front", {"shape": "cube", "color": "purple"}),
)
C(
    "list",
    58,
    "Tell me the colours of everything here, all of them.",
    "values(scene(), color)",
    lambda s: listed(s.a(i, "color") for i in s.all()),
)
X(58, "How much would a set like this sell for in the Grand Bazaar, you think?")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left, left of the bus), tree behind the bus (top right), small brown dog (near the woman), road text 'NO PARKING'

# --- Dolores, a Puerto Rican grandmother in the Bronx
P(
    "text",
    "street",
    "Ay, mijo, the bus says something in Spanish, no? What it says?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P("count", "street", "How many mens are there? The men, I mean.", "count(sel(man))", lambda p: n(p.f("man")))
P(
    "chain",
    "street",
    "The man in the white, what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=white)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="white")), "color"),
)
P(
    "chain",
    "street",
    "The lady in green is holding something. What is it she holds?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "compare_attr",
    "street",
    "The stop sign is red like the bus, no?",
    "same(u(sel(sign)), u(sel(bus)), color)",
    lambda p: yes(p.value(p.the("sign"), "color") == p.value(p.the("bus"), "color")),
)
X("street", "Where that bus is going? To Madrid maybe?")

# --- Mike, a delivery driver who only cares about parking
P(
    "text",
    "street",
    "What's painted on the road there? Please tell me it's not what I think.",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "count",
    "street",
    "How many vehicles on the block? Cars, buses, whatever.",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "where",
    "street",
    "Which side of the bus is that car on, left or right?",
    "choose_rel(u(sel(car)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("car"), p.the("bus"), ("left", "right")),
)
P(
    "position",
    "street",
    "Is the car down at the bottom of the frame or up at the top?",
    "choose(u(sel(car)), vposition, [top, bottom])",
    lambda p: p.value(p.the("car"), "vposition"),
)
P("exist", "street", "Is there a truck anywhere in the shot?", "exist(sel(truck))", lambda p: yes(bool(p.f("truck"))))
P(
    "attribute",
    "street",
    "And the bus, what colour's that?",
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)

# --- Farid, an Iranian-born driving instructor
P(
    "count",
    "street",
    "How many pedestrians are there, please? All persons.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "spatial",
    "street",
    "The woman is in front of the bus — is this correct?",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("front", p.the("bus")), "woman"))),
)
P(
    "superlative",
    "street",
    "Who is standing on the far left side? A man or a woman?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "quantifier",
    "street",
    "Do both men wear a tie?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "compare_count",
    "street",
    "There are more men than women in this street, yes?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)
P(
    "text",
    "street",
    "What is written on the sign at the top? My eyes are not so good at distance.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)

# --- Becca, fifteen, waiting for her bus
P(
    "attribute",
    "street",
    "what colour is the dog omg",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P("count", "street", "how many ties can u see", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "position",
    "street",
    "is the tree on the left or right",
    "choose(u(sel(tree)), hposition, [left, right])",
    lambda p: p.value(p.the("tree"), "hposition"),
)
P(
    "spatial",
    "street",
    "is the guy in white on the right of the bus",
    "exist(f(rel(u(sel(bus)), right, name=man), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("right", p.the("bus")), "man"))),
)
P(
    "compare_attr",
    "street",
    "are both ties the same colour",
    "same(sel(tie), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("tie")}) == 1),
)
X("street", "is the guy in black cute lol")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the brown wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Nora, who runs a bed and breakfast in Kerry
P(
    "count",
    "kitchen",
    "How many cups have I put out for the guests? I've lost count.",
    "count(sel(cup))",
    lambda p: n(p.f("cup")),
)
P(
    "text",
    "kitchen",
    "What time does the clock say? Breakfast finishes at half ten.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "And what's the table made of, would you say?",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "negation",
    "kitchen",
    "How many of the cups aren't white?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "exist",
    "kitchen",
    "And a spoon — have I put out a spoon at all?",
    "exist(sel(spoon))",
    lambda p: yes(bool(p.f("spoon"))),
)
X("kitchen", "Will the guests go for the full Irish, do you think, or just toast?")

# --- Pavel, a Czech student flatmate
P(
    "text",
    "kitchen",
    "What is written on the bottle? Is it water?",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "attribute",
    "kitchen",
    "Which colour has the bottle?",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
P(
    "chain",
    "kitchen",
    "The cup just right of the plate — which colour it is?",
    "q(u(rel(u(sel(plate)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("plate")), "cup")), "color"),
)
P(
    "count",
    "kitchen",
    "How many things are standing on the table?",
    "count(rel(u(sel(table)), on))",
    lambda p: n(on_table(p)),
)
P(
    "compare_attr",
    "kitchen",
    "The clock and the plate, are they the same colour?",
    "same(u(sel(clock)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("clock"), "color") == p.value(p.the("plate"), "color")),
)
X("kitchen", "Is this kitchen in Spain? The bottle says AGUA, so I think maybe it is.")

# --- Denise, an occupational therapist assessing a client's kitchen
P(
    "position",
    "kitchen",
    "Is the clock mounted high up or low down in the picture?",
    "choose(u(sel(clock)), vposition, [top, bottom])",
    lambda p: p.value(p.the("clock"), "vposition"),
)
P(
    "spatial",
    "kitchen",
    "Is the woman standing to the right of the table?",
    "vrel(u(sel(table)), right, name=woman)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("table")), "woman"))),
)
P(
    "attribute",
    "kitchen",
    "Is the fork metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? I'm checking the contrast for my client.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "superlative",
    "kitchen",
    "The cup furthest to the right — what colour is it?",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "Is everything on the table white?",
    "not_(exist(fn(rel(u(sel(table)), on), color=white)))",
    lambda p: yes(all(p.value(o, "color") == "white" for o in on_table(p))),
)
X("kitchen", "Would you say this kitchen is safe for someone with limited mobility?")

# --- Leo, eleven, told to set the table
P("count", "kitchen", "how many plates are there", "count(sel(plate))", lambda p: n(p.f("plate")))
P(
    "exist",
    "kitchen",
    "is there a yellow cup",
    "exist(f(sel(cup), color=yellow))",
    lambda p: yes(bool(p.f("cup", color="yellow"))),
)
P(
    "attribute",
    "kitchen",
    "what colour is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "compare_count",
    "kitchen",
    "are there more cups than plates",
    "gt(count(sel(cup)), count(sel(plate)))",
    lambda p: yes(len(p.f("cup")) > len(p.f("plate"))),
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
    "what colour is the second cup from the left",
    "q(ord(sel(cup), left, 2), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left", 2), "color"),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (middle, near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench (left of the bike), two trees, frisbee (top)

# --- Hank, a retired high-school baseball coach
P(
    "chain",
    "park",
    "What's the boy in blue throwing out there?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "Frisbee's what colour?",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "verify",
    "park",
    "Is that frisbee up high in the picture?",
    "verify(u(sel(frisbee)), vposition, top)",
    lambda p: yes(p.value(p.the("frisbee"), "vposition") == "top"),
)
P("count", "park", "How many kids we got out there?", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "What's the boy standing near?",
    "q(u(rel(u(sel(boy)), near, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "near"))),
)
X("park", "That boy's got an arm on him. Think he'll make the varsity team next spring?")

# --- Amara, a Nigerian mum at the playground
P("count", "park", "How many dogs are in this park, please?", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "compare_attr",
    "park",
    "The two dogs, are they the same colour?",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "chain",
    "park",
    "The girl in pink — the dog that is near her, what colour is it?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "spatial",
    "park",
    "Is the woman in red holding a dog?",
    "exist(rel(u(f(sel(woman), color=red)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman", color="red"), "holding"), "dog"))),
)
P(
    "compare_count",
    "park",
    "Are there as many women as children?",
    "eq(count(sel(woman)), count(sel(child)))",
    lambda p: yes(len(p.f("woman")) == len(children(p))),
)
P(
    "exist",
    "park",
    "Is anybody wearing green?",
    "exist(f(sel(person), color=green))",
    lambda p: yes(any(p.value(o, "color") == "green" for o in people(p))),
)
X("park", "Is it safe to let my kids play in this park? Which area of town is it?")

# --- Sofia, a Greek grandmother
P("count", "park", "How many trees there are in the park, my dear?", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "attribute",
    "park",
    "The bench, which colour it has?",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "superlative",
    "park",
    "Who is the person most on the right? The girl?",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "chain",
    "park",
    "The woman in red, what is behind her?",
    "q(u(rel(u(f(sel(woman), color=red)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("woman", color="red")))),
)
P(
    "verify",
    "park",
    "The bicycle is red, yes?",
    "verify(u(sel(bicycle)), color, red)",
    lambda p: yes(p.value(p.the("bicycle"), "color") == "red"),
)
P(
    "two_clause",
    "park",
    "Is the bench made of wood and is it green?",
    "and_(verify(u(sel(bench)), material, wood), verify(u(sel(bench)), color, green))",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood" and p.value(p.the("bench"), "color") == "green"),
)

# --- Jesse, a dog groomer
P(
    "spatial",
    "park",
    "The black dog — who's got hold of it?",
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
P(
    "verify",
    "park",
    "The white dog's down near the bottom of the picture, isn't it?",
    "verify(u(f(sel(dog), color=white)), vposition, bottom)",
    lambda p: yes(p.value(p.the("dog", color="white"), "vposition") == "bottom"),
)
P(
    "compare_count",
    "park",
    "More dogs than bikes in this one?",
    "gt(count(sel(dog)), count(sel(bicycle)))",
    lambda p: yes(len(p.f("dog")) > len(p.f("bicycle"))),
)
P(
    "spatial",
    "park",
    "Is the white dog near the girl in pink?",
    "exist(f(rel(u(sel(girl)), near, name=dog), color=white))",
    lambda p: yes(any(p.value(o, "color") == "white" for o in named(p, p.subjects("near", p.the("girl")), "dog"))),
)
P(
    "negation",
    "park",
    "How many of the people out there aren't women?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
X("park", "What breed's the white one, d'you reckon? Looks like a Westie to me.")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Ruth, a kindergarten teacher
P(
    "count",
    "shapes",
    "Let's count together! How many circles can we find?",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "What colour is the star, friends?",
    "q(u(sel(star)), color)",
    lambda p: p.value(p.the("star"), "color"),
)
P(
    "exist",
    "shapes",
    "Can we find an orange shape anywhere?",
    "exist(f(scene(), color=orange))",
    lambda p: yes(bool(p.f(color="orange"))),
)
P(
    "compare_size",
    "shapes",
    "Which one is bigger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
P(
    "count",
    "shapes",
    "How many blue shapes are there in the top row?",
    "count(f(scene(), color=blue, vposition=top))",
    lambda p: n(p.f(color="blue", vposition="top")),
)
X("shapes", "Which shape do you think the children will like best?")

# --- Dev, a UX designer
P(
    "count",
    "shapes",
    "How many elements on the canvas use blue?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "position",
    "shapes",
    "What's sitting dead centre of the canvas?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)
P(
    "list",
    "shapes",
    "List the shapes in the bottom row for me.",
    "values(f(scene(), vposition=bottom), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="bottom")),
)
P(
    "compare_attr",
    "shapes",
    "The square and the hexagon — same fill colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "superlative",
    "shapes",
    "Rightmost element in the top row: what colour?",
    "q(ord(f(scene(), vposition=top), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "right"), "color"),
)
P(
    "negation",
    "shapes",
    "How many of the large elements are not red?",
    "count(fn(f(scene(), size=large), color=red))",
    lambda p: n([o for o in p.f(size="large") if p.value(o, "color") != "red"]),
)

# --- Marta, a Brazilian seamstress
P(
    "count",
    "shapes",
    "How many shapes are there of red colour?",
    "count(f(scene(), color=red))",
    lambda p: n(p.f(color="red")),
)
P(
    "attribute",
    "shapes",
    "The rectangle yellow, it is big or small?",
    "choose(u(f(sel(rectangle), color=yellow)), size, [large, small])",
    lambda p: p.value(yellow_rectangle(p), "size"),
)
P(
    "same_attr",
    "shapes",
    "How many shapes have the same colour of the star? Not counting the star.",
    "count(same_attr(u(sel(star)), color))",
    lambda p: n(drawn_others(p, p.the("star"), "color")),
)
P(
    "compare_count",
    "shapes",
    "There are less big shapes than small shapes?",
    "lt(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) < len(p.f(size="small"))),
)
P(
    "position",
    "shapes",
    "In the corner up on the left, which shape is there?",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
X("shapes", "What fabric would look good for this pattern, in your opinion?")

# --- Mr Hollis, a grumpy retiree on his grandson's tablet
P(
    "count",
    "shapes",
    "Blasted thing. How many triangles are on this screen?",
    "count(sel(triangle))",
    lambda p: n(p.f("triangle")),
)
P(
    "quantifier",
    "shapes",
    "Are all the little ones blue?",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
P(
    "compare_size",
    "shapes",
    "Is the circle up in the top corner bigger than the hexagon?",
    "larger(u(f(sel(circle), vposition=top)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("circle", vposition="top"), p.the("hexagon")),
)
P(
    "position",
    "shapes",
    "Where's the hexagon, top or bottom?",
    "choose(u(sel(hexagon)), vposition, [top, bottom])",
    lambda p: p.value(p.the("hexagon"), "vposition"),
)
P(
    "number",
    "shapes",
    "How many different colours are we dealing with in total?",
    "nvalues(scene(), color)",
    lambda p: colour_count(p, p.objects),
)
X("shapes", "Why can't they just teach kids proper sums instead of this nonsense?")

# --- Kim, a Korean design student
P(
    "count",
    "shapes",
    "How many figure are in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "superlative",
    "shapes",
    "In bottom row, which shape is most left?",
    "q(ord(f(scene(), vposition=bottom), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "left"), "shape"),
)
P(
    "two_clause",
    "shapes",
    "The triangle is green and big, both correct?",
    "and_(verify(u(sel(triangle)), color, green), verify(u(sel(triangle)), size, large))",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green" and p.value(p.the("triangle"), "size") == "large"),
)
P(
    "compare_attr",
    "shapes",
    "Two circles — they have same size?",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "count",
    "shapes",
    "Squares and rectangles together, how many?",
    "count(union(sel(square), sel(rectangle)))",
    lambda p: n(rectangles(p)),
)
P(
    "position",
    "shapes",
    "Small blue circle — where it is in the picture, left, middle or right?",
    "choose(u(f(sel(circle), size=small, color=blue)), hposition, [left, middle, right])",
    lambda p: p.value(p.the("circle", size="small", color="blue"), "hposition"),
)

# --- Oscar, six
P("count", "shapes", "how many squares", "count(sel(square))", lambda p: n(p.f("square")))
P(
    "verify",
    "shapes",
    "is the big circle red",
    "verify(u(f(sel(circle), size=large)), color, red)",
    lambda p: yes(p.value(p.the("circle", size="large"), "color") == "red"),
)
P("exist", "shapes", "is there a moon", "exist(sel(moon))", lambda p: yes(bool(p.f("moon"))))
P(
    "compare_size",
    "shapes",
    "which is bigger the yellow one or the star",
    "q(u(f(union(f(scene(), color=yellow), sel(star)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the(color="yellow"), p.the("star")),
)
P("count", "shapes", "how many big ones are there", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
X("shapes", "is the star happy")

# --- Bea, a speech therapist prompting a client
P(
    "negation",
    "shapes",
    "Can you tell me how many shapes have straight sides? Let's leave out the circles.",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "verify",
    "shapes",
    "Point to the shape right at the top in the middle. Is it a square?",
    "verify(u(f(scene(), hposition=middle, vposition=top)), shape, square)",
    lambda p: yes(p.value(p.the(hposition="middle", vposition="top"), "shape") == "square"),
)
P(
    "compare_size",
    "shapes",
    "Is the star smaller than the triangle?",
    "larger(u(sel(triangle)), u(sel(star)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("star")),
)
P(
    "attribute",
    "shapes",
    "And the hexagon — what colour is it?",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Are there more blue shapes than red shapes?",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "superlative",
    "shapes",
    "Second shape from the left on the top row — what's it called?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)

# --- Ibrahim, an Egyptian civil engineer
P("count", "shapes", "How many shapes are drawn in total?", "count(scene())", lambda p: n(p.objects))
P(
    "count",
    "shapes",
    "How many shapes are on the right side of the drawing?",
    "count(f(scene(), hposition=right))",
    lambda p: n(p.f(hposition="right")),
)
P(
    "exist",
    "shapes",
    "Is any shape both large and blue?",
    "exist(f(scene(), size=large, color=blue))",
    lambda p: yes(bool(p.f(size="large", color="blue"))),
)
P(
    "negation",
    "shapes",
    "Except for the blue ones, how many of the shapes are small?",
    "count(fn(f(scene(), size=small), color=blue))",
    lambda p: n([o for o in p.f(size="small") if p.value(o, "color") != "blue"]),
)
P(
    "list",
    "shapes",
    "Which colours appear in the top row? List them, please.",
    "values(f(scene(), vposition=top), color)",
    lambda p: listed(p.value(o, "color") for o in p.f(vposition="top")),
)
P(
    "compare_size",
    "shapes",
    "Which is bigger, the hexagon or the long yellow rectangle?",
    "q(u(f(union(sel(hexagon), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("hexagon"), yellow_rectangle(p)),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
