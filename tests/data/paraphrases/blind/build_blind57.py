# ruff: noqa: E501
"""Blind paraphrase set 57: questions spoken to a voice assistant and written down by speech-to-text, a sixth fresh
crowd. About forty ordinary people (varied ages, regions and jobs, most native speakers of English, a few not), each
imagined once and kept in character for five to seven questions about one picture, saying them the way they would say
them out loud, as the transcript comes back: little or no punctuation (often none at all, a question mark lost, a
question said as a statement; a few people's phones put in capitals and question marks), run-on sentences, fillers
("um", "uh", "like", "ya know", "so yeah", "okay so"),
self-corrections in the middle of a question ("what color is the sphere sorry the cube in the front", "the man on the
left I mean the right"), restarts ("what's the what's the thing furthest at the back", "how many how many metal
objects"), numbers said as words, words as people say them ("gonna", "kinda", "lemme", "whaddya", "gimme", "outta",
"'em"), spoken commands to the assistant ("hey tell me", "okay now count", "can you check", "gimme the list") and a few
speech-to-text slips that a reader still understands (at most one in fifteen: "cube's" for "cubes", "sphere's" for
"spheres", "their" for "there", "weather" for "whether", "too" for "two", "won" for "one").

The cast: a retired Iowa farmer ("uh", "them cubes", "sittin"), a fifteen-year-old from California ("like",
"literally", "or no", "no wait"), a Glasgow bus driver ("wee", "aye", "naw"), an emergency nurse on a night shift
("um", "so yeah"), an eight-year-old on his mom's phone (restarts, "is there" for "are there", "no the cube the
cube"), a Georgia grandmother ("honey", "sugar", "well now", "way in the back"), an Indian software engineer
("basically", "actually", "sorry cylinders"), a Boston contractor ("ya", "whaddya", "way over on the right",
"cube's"), a kindergarten teacher ("alrighty", "let's see", "put together", "every single one"), an
eighty-two-year-old machinist with a hearing aid ("what's the what's the", "outta", "'em", "anyhow"), a personal
trainer ("yo", "real quick", "we got"), a retired Yorkshire schoolteacher ("now then", "love", "I wonder"), a long-haul
trucker on hands-free ("hey", "gimme"), a Korean graduate student ("there are" kept in place, "is it", "most back"),
a mother driving with her children ("okay", "hang on", "sorry"), a retired civil engineer ("how many how many", "I
mean"), a barista ("like in total", "honestly", "wait"), a Brazilian exchange student ("have" for "there is", "in the
left side", "more in the back"), a sixteen-year-old gamer ("bro", "ngl", "lowkey"), a Polish-born cleaner ("how many
big things is there", "it is small", "this toys"); on the photographs a New York cab driver ("lemme", "whaddya",
"standin", "ya know"), a retired librarian with poor eyesight ("dear", "can you check", "gentlemen", "ladies"), a
bicycle courier in a hurry ("quick", "okay now count", "their is"), a German tourist ("on the left from", "have they
the same colour", "the most right"), a home cook ("alright so", "weather the fork", "you reckon"), a bored
fourteen-year-old ("like", "ugh", "or whatever", "red no sorry white"), a Chinese restaurant owner ("the plate what
colour", "how many is not white", "she stand"), a retired carpenter ("say", "made outta", "what all's sittin on the
table"), a dog walker ("aw", "okay so", "no the girl"), a dad at the playground ("hey", "up top or down at the
bottom", "gonna"), a Mexican gardener ("how many trees there is", "is from wood", "what colour is"), a jogger out of
breath ("wait", "uh"); on the drawing an art teacher ("okay let's see", "triangles sorry circles"), a six-year-old
("um", "and and"), an accountant ("okay so", "list the colours for me"), a Russian engineer ("if square is also
counted", "it is in bottom right corner"), a grandfather ("now", "eh"), a student revising ("like", "okay"), a
Vietnamese nail-salon worker ("hexagon have how many", "same colour or no", "uh I mean") and a sports coach ("okay
listen", "alright", "list 'em", "which won").

Sentence shapes: questions said as statements ("the yellow ball it is small", "the clock is above the table yes"),
topic first ("the bench what colour is", "the white dog who's it next to"), tag questions and trailing asks ("or
no", "right", "aye or naw", "is it"), commands ("okay now count the vehicles", "gimme the color of the cube", "list
the colours for me please"), two questions run together with no stop ("which thing is like the most on the left no
wait the right what color is it", "what is behind the green cylinder what colour"), a self-correction or a restart
with the corrected words governing the answer.

The questions cover counts (with conditions, "not counting", "other than", "neither ... nor", "or", "put
together"), existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more",
"fewer", "as many as", "the same number") and of attributes (same colour, size, shape or
material), quantifiers ("all", "every single one", "both", "none of", "any", "most of"), exceptions, relations (left,
right, in front, behind on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing,
throwing, above, behind, left, right, in front), one- and two-hop chains, superlatives and ordinals ("way in the
back", "the most right", "second from the left", "farthest to the right in the bottom row"), other things sharing a
value, which of two things is the bigger, a list of values, the number of different colours and the most common one,
sides of a CLEVR picture, sides, rows and corners of the photos and the drawing, and the text on the bus, sign, road,
bottle and clock.

About half ask about CLEVR val scenes (54, 38, 57, 32, 48, 56, 50, 35, 36, 15, 20, 53, 44, 17; one or two people to
a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing of flat shapes;
about one in ten must be refused, each in the same voice as the person's other questions (prices and where to buy,
names and owners, breeds, feelings and opinions, what happens next, why, years and places outside the picture, weights
the picture cannot show).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units)
of the anchor or of a neighbour in the order along that axis, a side of a CLEVR picture is asked only of an object
whose box centre lies within 130 pixels of the edge of the 480-pixel frame, and on the drawings neighbours in an order
are at least 40 pixels apart; nothing is asked of the photo graphs that their stated relations and attributes leave
open. A which-side question is answered with the side; a "which is bigger" between two things is asked only where
their size classes differ, and answered with the word that tells the bigger one from the other (its shape, or its
colour where both are cubes). A self-corrected question is answered for the corrected words. Answers are the graph's
words (gray, not grey; sphere, not ball; "circle, star" for a list, most frequent first, ties alphabetical). Every
gold program and answer comes from the scene by plain Python.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other question set but
the fifty-third (build_blind53.py, read for the format only, with the blind_gold helpers it imports), and never run
through nsvr's parser or planner; only the gold programs were run, by nsvr's executor, through ``--check``.

Run ``python build_blind57.py`` to write ``../blind57.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind57.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas (the list convention)."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th object of ids counted from ``side`` (left, right, front, behind); NotUnique when a neighbour in that
    order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    here = along(s, order[k - 1], side)
    if any(abs(along(s, order[j], side) - here) < TIE for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects that are ``relation`` (left, right, front, behind) of the anchor; NotUnique when some object lies
    so nearly level with the anchor along that axis that a careful person could not say which side it is on."""
    here = along(s, anchor, relation)
    for j in s.all():
        if j != anchor and abs(along(s, j, relation) - here) < TIE:
            raise NotUnique(f"object {j} level with {anchor} ({relation})")
    return s.rel(relation, anchor)


def hop(s: Clevr, anchor: int, relation: str, **want) -> int:
    """The one object with the given attributes that is ``relation`` of the anchor (a careful person's call)."""
    return only(among(s, related(s, relation, anchor), **want))


def picture_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless the centre is within SIDE pixels of an edge."""
    x, _, w, _ = s.objects[i]["bbox"]
    centre = x + w / 2
    if centre < SIDE:
        return "left"
    if centre > 480 - SIDE:
        return "right"
    raise NotUnique(f"object {i} is not clearly on one side ({centre})")


def larger(s: Clevr, a: int, b: int) -> str:
    """yes/no: object a is larger than object b; NotUnique when their size classes are the same."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("same size class")
    return yes(s.a(a, "size") == "large")


def bigger_of(s: Clevr, a: int, b: int, attribute: str = "shape") -> str:
    """Which of objects a and b is the bigger, told by its ``attribute``; NotUnique when their size classes are the
    same or that attribute does not tell them apart."""
    if s.a(a, "size") == s.a(b, "size") or s.a(a, attribute) == s.a(b, attribute):
        raise NotUnique("same size class or not told apart")
    return s.a(a if s.a(a, "size") == "large" else b, attribute)


def among(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids with every given attribute value."""
    return [i for i in ids if all(s.a(i, k) == v for k, v in want.items())]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def alike(s: Clevr, ids: list[int], attribute: str) -> str:
    """yes/no: the objects of ids (at least two) share one value of ``attribute``."""
    if len(ids) < 2:
        raise NotUnique(f"fewer than two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def lacking(s: Clevr, ids: list[int], attribute: str, value: str) -> list[int]:
    """The objects of ids whose ``attribute`` is not ``value``."""
    return [i for i in ids if s.a(i, attribute) != value]


def most(s: Clevr, ids: list[int], attribute: str, value: str) -> str:
    """yes/no: more of ids have ``value`` of ``attribute`` than lack it."""
    return yes(len(among(s, ids, **{attribute: value})) > len(lacking(s, ids, attribute, value)))


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def children(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in {"boy", "girl"}]


def rectangles(p: Photo) -> list[str]:
    """The drawing's rectangles, a square counting as one."""
    return [o for o in p.objects if p.name(o) in {"rectangle", "square"}]


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th object of ids from the left or the right (box centres); NotUnique when a neighbour's centre is within
    40 pixels."""
    centre = {i: (p.objects[i]["box"][0] + p.objects[i]["box"][2]) / 2 for i in ids}
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre[order[k - 1]]
    if any(abs(centre[order[j]] - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def wearers(p: Photo, thing: str) -> list[str]:
    return [o for o in p.objects if any(p.name(w) == thing for w in p.objects_of(o, "wearing"))]


def worn_by(p: Photo, who: str) -> str:
    return only(p.objects_of(who, "wearing"))


def named(p: Photo, ids: list[str], name: str) -> list[str]:
    return [o for o in ids if p.name(o) == name]


def photo_side(p: Photo, target: str, anchor: str, options: tuple[str, str]) -> str:
    """Which of two opposite relations the graph states of target to anchor; NotUnique when it states neither or
    both."""
    return only([o for o in options if p.has(target, o, anchor)])


def drawn_larger(p: Photo, a: str, b: str) -> str:
    """yes/no: drawn shape a is larger than drawn shape b; NotUnique when their size classes are the same."""
    if p.value(a, "size") == p.value(b, "size"):
        raise NotUnique("same size class")
    return yes(p.value(a, "size") == "large")


def drawn_bigger_of(p: Photo, a: str, b: str) -> str:
    """Which of drawn shapes a and b is the bigger, told by its shape; NotUnique when their size classes are the same."""
    if p.value(a, "size") == p.value(b, "size") or p.value(a, "shape") == p.value(b, "shape"):
        raise NotUnique("same size class or same shape")
    return p.value(a if p.value(a, "size") == "large" else b, "shape")


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# --- the retired Iowa farmer, scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (right), large gray rubber cube (far left)
C("count", 54, "uh how many of them cubes are there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "quantifier",
    54,
    "well are they all big ones or what",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    54,
    "what's that uh that cylinder made out of",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "compare_count",
    54,
    "are there more gray ones than green ones",
    "gt(count(f(scene(), color=gray)), count(f(scene(), color=green)))",
    lambda s: yes(len(s.f(color="gray")) > len(s.f(color="green"))),
)
C(
    "superlative",
    54,
    "which one's sittin furthest back uh what color is it",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "spatial",
    54,
    "how many things are in front of that gray no the brown cylinder there",
    "count(rel(u(f(sel(cylinder), color=brown)), front))",
    lambda s: n(related(s, "front", s.the(shape="cylinder", color="brown"))),
)
X(54, "uh what'd a set of them cost me down at the farm store")

# --- the fifteen-year-old from California, scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (right), large gray metal cyl (far left)
C("count", 38, "okay so like how many balls are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "compare_attr",
    38,
    "are the two gray cylinders like the same material or no",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: alike(s, s.f(shape="cylinder", color="gray"), "material"),
)
C(
    "quantifier",
    38,
    "wait are both the green balls metal",
    "not_(exist(fn(f(sel(sphere), color=green), material=metal)))",
    lambda s: every(s, s.f(shape="sphere", color="green"), material="metal"),
)
C(
    "superlative",
    38,
    "which thing is like the most on the left no wait the right what color is it",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "compare_size",
    38,
    "is the red ball bigger than the um the rubber cylinder",
    "larger(u(f(sel(sphere), color=red)), u(f(sel(cylinder), material=rubber)))",
    lambda s: larger(s, s.the(shape="sphere", color="red"), s.the(shape="cylinder", material="rubber")),
)
C(
    "negation",
    38,
    "literally how many things aren't gray",
    "count(fn(scene(), color=gray))",
    lambda s: n(lacking(s, s.all(), "color", "gray")),
)
X(38, "omg which one's the cutest like which one would you pick")

# --- the Glasgow bus driver, scene 57: small brown metal cyl, large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (left)
C(
    "count",
    57,
    "how many wee things are there",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "compare_attr",
    57,
    "are the too grey cubes the same size aye or naw",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)
C(
    "attribute",
    57,
    "what's the big blue ball made of",
    "q(u(f(sel(sphere), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="sphere", size="large", color="blue"), "material"),
)
C(
    "position",
    57,
    "is the wee yellow ball on the left side of the picture or the right",
    "choose(u(f(sel(sphere), size=small, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="yellow")),
)
C(
    "superlative",
    57,
    "what shape's the thing right at the very back",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "negation",
    57,
    "is there anything made of metal other than the cylinder",
    "exist(diff(f(scene(), material=metal), sel(cylinder)))",
    lambda s: yes(bool([i for i in s.f(material="metal") if s.a(i, "shape") != "cylinder"])),
)

# --- the nurse on a night shift, scene 32: small gray rubber cube (left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)
C("count", 32, "um how many gray things are there", "count(f(scene(), color=gray))", lambda s: n(s.f(color="gray")))
C(
    "verify",
    32,
    "is the big yellow ball metal",
    "verify(u(f(sel(sphere), size=large, color=yellow)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large", color="yellow"), "material") == "metal"),
)
C(
    "count",
    32,
    "and how many of the cubes are red so yeah",
    "count(f(sel(cube), color=red))",
    lambda s: n(s.f(shape="cube", color="red")),
)
C(
    "position",
    32,
    "the little gray cylinder is that on the right side of the picture",
    "verify(u(f(sel(cylinder), size=small, color=gray)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cylinder", size="small", color="gray")) == "right"),
)
C(
    "quantifier",
    32,
    "um are all the small ones rubber",
    "not_(exist(fn(f(scene(), size=small), material=rubber)))",
    lambda s: every(s, s.f(size="small"), material="rubber"),
)
X(32, "so yeah why would somebody even line these up like this")

# --- the eight-year-old on his mom's phone, scene 32
C("count", 32, "how many red things is there", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "attribute",
    32,
    "what color is the is the big ball",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_count",
    32,
    "are there more cubes than balls",
    "gt(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="sphere"))),
)
C(
    "chain",
    32,
    "what color is the ball no the cube the cube behind the red ball",
    "q(u(f(rel(u(f(sel(sphere), color=red)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="red"), "behind", shape="cube"), "color"),
)
C(
    "compare_attr",
    32,
    "is the red ball and the red cube made of the same stuff",
    "same(u(f(sel(sphere), color=red)), u(f(sel(cube), color=red)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="red"), "material") == s.a(s.the(shape="cube", color="red"), "material")
    ),
)
C(
    "superlative",
    32,
    "and what shape is the one all the way in the front",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# --- the Georgia grandmother, scene 48: large yellow rubber sph, large red metal cube, large green metal sph (left), large gray metal sph (right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)
C("count", 48, "honey how many balls are in this picture", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "quantifier",
    48,
    "is everything in there made of metal",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: every(s, s.all(), material="metal"),
)
C(
    "attribute",
    48,
    "what color is that little cylinder",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "compare_count",
    48,
    "are there as many cubes as there are cylinders",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "same_attr",
    48,
    "well now how many other things are the same color as that red cube",
    "count(same_attr(u(f(sel(cube), color=red)), color))",
    lambda s: n(others(s, s.the(shape="cube", color="red"), "color")),
)
C(
    "superlative",
    48,
    "and the one way in the back what's it made of sugar",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
X(48, "sugar do you know where I could buy a set of these for my grandbaby")

# --- the Indian software engineer, scene 48
C(
    "count",
    48,
    "okay so how many large green spheres are there basically",
    "count(f(sel(sphere), size=large, color=green))",
    lambda s: n(s.f(shape="sphere", size="large", color="green")),
)
C(
    "compare_size",
    48,
    "which is bigger actually the yellow cube or the yellow sphere",
    "q(u(f(union(f(sel(cube), color=yellow), f(sel(sphere), color=yellow)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="cube", color="yellow"), s.the(shape="sphere", color="yellow")),
)
C(
    "number",
    48,
    "how many different colours are there in total",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "chain",
    48,
    "the sphere to the right of the red cube what colour is that",
    "q(u(f(rel(u(f(sel(cube), color=red)), right), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cube", color="red"), "right", shape="sphere"), "color"),
)
C(
    "quantifier",
    48,
    "are most of the objects metal",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s, s.all(), "material", "metal"),
)
C(
    "exist",
    48,
    "are any of the cubes sorry cylinders made of rubber",
    "exist(f(sel(cylinder), material=rubber))",
    lambda s: yes(bool(s.f(shape="cylinder", material="rubber"))),
)

# --- the Boston contractor, scene 56: small blue rubber cube (back), small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (left), large green metal cyl
C("count", 56, "how many cube's ya got there", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "exist",
    56,
    "is anything in there made of metal",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_attr",
    56,
    "the cyan ones are they both the same size",
    "same(f(scene(), color=cyan), size)",
    lambda s: alike(s, s.f(color="cyan"), "size"),
)
C(
    "superlative",
    56,
    "whaddya got way over on the right what color is it",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "chain",
    56,
    "what color's the ball to the left of the green cylinder",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "left", shape="sphere"), "color"),
)
C(
    "count",
    56,
    "how many things are brown or blue I mean brown or green",
    "count(union(f(scene(), color=brown), f(scene(), color=green)))",
    lambda s: n(s.f(color=("brown", "green"))),
)
X(56, "whaddya think these would go for on ebay")

# --- the kindergarten teacher, scene 50: large purple rubber sph (front), large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube (left), large green rubber sph (back), small green rubber cyl
C(
    "count",
    50,
    "alrighty how many green things do we have",
    "count(f(scene(), color=green))",
    lambda s: n(s.f(color="green")),
)
C(
    "count",
    50,
    "let's see how many cubes and cylinders are there put together",
    "count(union(sel(cube), sel(cylinder)))",
    lambda s: n(s.f(shape=("cube", "cylinder"))),
)
C(
    "quantifier",
    50,
    "is every single one of them made of rubber",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: every(s, s.all(), material="rubber"),
)
C(
    "attribute",
    50,
    "what color is the big cube no the big cylinder",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "compare_count",
    50,
    "are there the same number of small things and big things",
    "eq(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda s: yes(len(s.f(size="small")) == len(s.f(size="large"))),
)
C(
    "attribute",
    50,
    "okay and what shape is the little green one",
    "q(u(f(scene(), size=small, color=green)), shape)",
    lambda s: s.a(s.the(size="small", color="green"), "shape"),
)

# --- the eighty-two-year-old machinist, scene 50
C(
    "negation",
    50,
    "how many balls are there not counting the green one",
    "count(fn(sel(sphere), color=green))",
    lambda s: n(lacking(s, s.f(shape="sphere"), "color", "green")),
)
C(
    "compare_attr",
    50,
    "them two big green things are they the same shape",
    "same(f(scene(), size=large, color=green), shape)",
    lambda s: alike(s, s.f(size="large", color="green"), "shape"),
)
C(
    "superlative",
    50,
    "what's the what's the thing furthest at the back what shape is it",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "attribute",
    50,
    "the purple ball is that a big one or a small one",
    "choose(u(f(sel(sphere), color=purple)), size, [large, small])",
    lambda s: s.a(s.the(shape="sphere", color="purple"), "size"),
)
C(
    "spatial",
    50,
    "is there a cube behind the uh the cyan ball",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), behind), shape=cube))",
    lambda s: yes(bool(among(s, related(s, "behind", s.the(shape="sphere", color="cyan")), shape="cube"))),
)
C(
    "compare_size",
    50,
    "which is bigger eh the blue cube or the green cube",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=green)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="green"), "color"),
)
X(50, "why'd they make all of 'em outta rubber anyhow")

# --- the personal trainer, scene 35: small purple metal sph (back), large green metal cube (left), large green rubber cube, large red metal sph (front), large gray metal cube
C("count", 35, "yo real quick how many cubes we got", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    35,
    "the green cubes are they made of the same stuff",
    "same(f(sel(cube), color=green), material)",
    lambda s: alike(s, s.f(shape="cube", color="green"), "material"),
)
C(
    "superlative",
    35,
    "what's the one way up front what color",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "compare_size",
    35,
    "is the purple ball bigger than the red one",
    "larger(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="red")),
)
C(
    "spatial",
    35,
    "how many things are behind the red ball yo",
    "count(rel(u(f(sel(sphere), color=red)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="red"))),
)
C(
    "position",
    35,
    "the metal green cube is it on the left or the right of the picture",
    "choose(u(f(sel(cube), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green", material="metal")),
)
X(35, "yo how heavy you think that gray cube is like in pounds")

# --- the retired Yorkshire schoolteacher, scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph (left), large brown rubber cyl
C("count", 36, "now then how many sphere's are there", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "negation",
    36,
    "and how many of them are neither spheres nor made of metal",
    "count(diff(fn(scene(), material=metal), sel(sphere)))",
    lambda s: n([i for i in lacking(s, s.all(), "material", "metal") if s.a(i, "shape") != "sphere"]),
)
C(
    "attribute",
    36,
    "what colour's the cylinder love",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "compare_count",
    36,
    "are there fewer cubes than cylinders",
    "lt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) < len(s.f(shape="cylinder"))),
)
C(
    "position",
    36,
    "the big purple ball is it over on the right hand side of the picture",
    "verify(u(f(sel(sphere), size=large, color=purple)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", size="large", color="purple")) == "right"),
)
C(
    "chain",
    36,
    "what colour is the big ball behind the little grey one",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=gray)), behind), shape=sphere, size=large)), color)",
    lambda s: s.a(
        hop(s, s.the(shape="sphere", size="small", color="gray"), "behind", shape="sphere", size="large"), "color"
    ),
)
X(36, "now then who's going to tidy all these away afterwards I wonder")

# --- the long-haul trucker, scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl, large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)
C("count", 15, "hey tell me how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "attribute",
    15,
    "gimme the color of the cube",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "compare_attr",
    15,
    "are the two green things the same shape",
    "same(f(scene(), color=green), shape)",
    lambda s: alike(s, s.f(color="green"), "shape"),
)
C(
    "negation",
    15,
    "how many things are metal but aren't spheres",
    "count(fn(f(scene(), material=metal), shape=sphere))",
    lambda s: n(lacking(s, s.f(material="metal"), "shape", "sphere")),
)
C(
    "superlative",
    15,
    "the thing furthest to the right uh what's it made of",
    "q(ord(scene(), right, 1), material)",
    lambda s: s.a(nth(s, s.all(), "right"), "material"),
)
X(15, "hey how far would I have to drive to get to where this stuff was made")

# --- the Korean graduate student, scene 15
C(
    "count",
    15,
    "Um so how many small objects there are",
    "count(f(scene(), size=small))",
    lambda s: n(s.f(size="small")),
)
C(
    "attribute",
    15,
    "The red sphere is it rubber or metal",
    "choose(u(f(sel(sphere), color=red)), material, [rubber, metal])",
    lambda s: s.a(s.the(shape="sphere", color="red"), "material"),
)
C(
    "superlative",
    15,
    "What colour is the object that is most back",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "chain",
    15,
    "The sphere in front of the brown cylinder what colour it is",
    "q(u(f(rel(u(f(sel(cylinder), color=brown)), front), shape=sphere)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="brown"), "front", shape="sphere"), "color"),
)
C(
    "quantifier",
    15,
    "Are all the spheres big is it",
    "not_(exist(fn(sel(sphere), size=large)))",
    lambda s: every(s, s.f(shape="sphere"), size="large"),
)
C(
    "same_attr",
    15,
    "How many other objects are same material as the small purple cylinder",
    "count(same_attr(u(f(sel(cylinder), size=small, color=purple)), material))",
    lambda s: n(others(s, s.the(shape="cylinder", size="small", color="purple"), "material")),
)

# --- the mother driving with her children, scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph (far right), small yellow rubber cube (front), small yellow rubber cyl (back), small brown metal cube (far left)
C("count", 20, "okay how many cylinders are there", "count(sel(cylinder))", lambda s: n(s.f(shape="cylinder")))
C(
    "count",
    20,
    "hang on how many big things are there",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "superlative",
    20,
    "what color is the sphere sorry the cube in the front",
    "q(ord(sel(cube), front, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "front"), "color"),
)
C(
    "quantifier",
    20,
    "are both yellow things made of rubber",
    "not_(exist(fn(f(scene(), color=yellow), material=rubber)))",
    lambda s: every(s, s.f(color="yellow"), material="rubber"),
)
C(
    "position",
    20,
    "okay is the brown cube on the left side of the picture",
    "verify(u(f(sel(cube), color=brown)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="cube", color="brown")) == "left"),
)
X(20, "okay which one of these would be safe for a two year old to chew on")

# --- the retired civil engineer, scene 20
C(
    "count",
    20,
    "How many how many metal objects are there?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_count",
    20,
    "Are there more cylinders than cubes?",
    "gt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="cube"))),
)
C(
    "chain",
    20,
    "The cube to the left of the green cylinder, what colour is it?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), left), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "left", shape="cube"), "color"),
)
C(
    "negation",
    20,
    "How many objects are there other than the cylinders?",
    "count(diff(scene(), sel(cylinder)))",
    lambda s: n(lacking(s, s.all(), "shape", "cylinder")),
)
C(
    "compare_size",
    20,
    "Is the sphere larger than the purple cylinder?",
    "larger(u(sel(sphere)), u(f(sel(cylinder), color=purple)))",
    lambda s: larger(s, s.the(shape="sphere"), s.the(shape="cylinder", color="purple")),
)
C(
    "superlative",
    20,
    "What's the second object from the left? Its shape I mean.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
X(20, "What year were these made, do you know?")

# --- the barista, scene 53: large yellow metal cube (back), small yellow metal sph (front), large green metal sph, large purple rubber cube (far right), large blue rubber cube, small gray rubber cube (far left)
C("count", 53, "how many cubes are there like in total", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    53,
    "wait are the yellow cube and the yellow ball the same size",
    "same(u(f(sel(cube), color=yellow)), u(f(sel(sphere), color=yellow)), size)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "size") == s.a(s.the(shape="sphere", color="yellow"), "size")
    ),
)
C(
    "attribute",
    53,
    "what color is the big sphere honestly I can't tell",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "spatial",
    53,
    "how many things are to the right of the green ball",
    "count(rel(u(f(sel(sphere), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="sphere", color="green"))),
)
C(
    "exist",
    53,
    "are there any rubber spheres",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
X(53, "which one would look the cutest on my shelf like be honest")

# --- the Brazilian exchange student, scene 53
C(
    "count",
    53,
    "how many big cubes have in the picture",
    "count(f(sel(cube), size=large))",
    lambda s: n(s.f(shape="cube", size="large")),
)
C(
    "position",
    53,
    "the small grey cube is in the left side of the picture",
    "verify(u(f(sel(cube), size=small, color=gray)), hposition, left)",
    lambda s: yes(picture_side(s, s.the(shape="cube", size="small", color="gray")) == "left"),
)
C(
    "superlative",
    53,
    "which object is more in the back what is the shape",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "two_clause",
    53,
    "the purple cube and the blue cube both are rubber",
    "and_(verify(u(f(sel(cube), color=purple)), material, rubber), verify(u(f(sel(cube), color=blue)), material, rubber))",
    lambda s: yes(
        s.a(s.the(shape="cube", color="purple"), "material") == "rubber"
        and s.a(s.the(shape="cube", color="blue"), "material") == "rubber"
    ),
)
C(
    "count",
    53,
    "how many objects are metal or yellow",
    "count(union(f(scene(), material=metal), f(scene(), color=yellow)))",
    lambda s: n(set(s.f(material="metal")) | set(s.f(color="yellow"))),
)
C(
    "list",
    53,
    "what colours have the cubes tell me all",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)

# --- the sixteen-year-old gamer, scene 44: large brown rubber sph (back), small brown metal sph (front), small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C("count", 44, "bro how many cubes", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "compare_attr",
    44,
    "are the two brown balls the same size ngl I can't tell",
    "same(f(sel(sphere), color=brown), size)",
    lambda s: alike(s, s.f(shape="sphere", color="brown"), "size"),
)
C(
    "compare_size",
    44,
    "which one's bigger the blue cube or the cyan cube",
    "q(u(f(union(f(sel(cube), color=blue), f(sel(cube), color=cyan)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="blue"), s.the(shape="cube", color="cyan"), "color"),
)
C(
    "superlative",
    44,
    "whats the thing thats most to the left what color",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "negation",
    44,
    "how many metal things are there other than the cubes",
    "count(diff(f(scene(), material=metal), sel(cube)))",
    lambda s: n(lacking(s, s.f(material="metal"), "shape", "cube")),
)
C(
    "spatial",
    44,
    "is there like a purple cube to the right of the big blue one",
    "exist(f(rel(u(f(sel(cube), size=large, color=blue)), right), color=purple, shape=cube))",
    lambda s: yes(
        bool(
            among(s, related(s, "right", s.the(shape="cube", size="large", color="blue")), color="purple", shape="cube")
        )
    ),
)
X(44, "lowkey what game are these from bro")

# --- the Polish-born cleaner, scene 17: large green metal cyl, small yellow rubber sph (front, far left), large red metal cube (back), large yellow rubber cube (right)
C("count", 17, "how many big things is there", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "verify",
    17,
    "the yellow ball it is small",
    "verify(u(f(sel(sphere), color=yellow)), size, small)",
    lambda s: yes(s.a(s.the(shape="sphere", color="yellow"), "size") == "small"),
)
C(
    "compare_attr",
    17,
    "the two yellow things they are same material",
    "same(f(scene(), color=yellow), material)",
    lambda s: alike(s, s.f(color="yellow"), "material"),
)
C(
    "spatial",
    17,
    "what is behind the green cylinder what colour",
    "q(u(rel(u(f(sel(cylinder), color=green)), behind)), color)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cylinder", color="green"))), "color"),
)
C(
    "position",
    17,
    "the yellow cube is on the right or on the left of the picture",
    "choose(u(f(sel(cube), color=yellow)), hposition, [right, left])",
    lambda s: picture_side(s, s.the(shape="cube", color="yellow")),
)
C(
    "negation",
    17,
    "how many things is not yellow",
    "count(fn(scene(), color=yellow))",
    lambda s: n(lacking(s, s.all(), "color", "yellow")),
)
X(17, "in which store they sell this toys")


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- the New York cab driver
P("count", "street", "lemme ask ya how many people are standin out there", "count(sel(person))", lambda p: n(people(p)))
P(
    "text",
    "street",
    "whaddya got written on the side of that bus",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "attribute",
    "street",
    "what color's the car ya know the one down in the corner",
    "q(u(sel(car)), color)",
    lambda p: p.value(p.the("car"), "color"),
)
P(
    "spatial",
    "street",
    "is the car parked to the left of the bus",
    "vrel(u(sel(bus)), left, name=car)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bus")), "car"))),
)
P(
    "text",
    "street",
    "and the sign up top what's it say",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
X("street", "lemme know where that bus is headed and when it leaves")

# --- the retired librarian with poor eyesight
P(
    "spatial",
    "street",
    "Can you check dear, is that lady holding a dog?",
    "exist(rel(u(sel(woman)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman"), "holding"), "dog"))),
)
P(
    "attribute",
    "street",
    "What colour is the little dog?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "chain",
    "street",
    "The man on the left I mean the right, what colour is his tie?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "quantifier",
    "street",
    "Are both of the gentlemen wearing ties?",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "where",
    "street",
    "Is the lady standing in front of the bus or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "compare_count",
    "street",
    "Are there more men than ladies dear?",
    "gt(count(sel(man)), count(sel(woman)))",
    lambda p: yes(len(p.f("man")) > len(p.f("woman"))),
)

# --- the bicycle courier in a hurry
P(
    "text",
    "street",
    "quick what's written on the road",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P("count", "street", "okay now count the vehicles", "count(sel(vehicle))", lambda p: n(p.f(("bus", "car"))))
P(
    "spatial",
    "street",
    "what's that behind the bus",
    "q(u(rel(u(sel(bus)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("bus")))),
)
P(
    "position",
    "street",
    "the stop sign top or bottom of the picture",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P("exist", "street", "their is a dog on the street yeah", "exist(sel(dog))", lambda p: yes(bool(p.f("dog"))))
P(
    "two_clause",
    "street",
    "any bikes or cats in there",
    "or_(exist(sel(bicycle)), exist(sel(cat)))",
    lambda p: yes(bool(p.f("bicycle")) or bool(p.f("cat"))),
)
X("street", "how long till the next bus comes")

# --- the German tourist
P("count", "street", "How many ties can you see there", "count(sel(tie))", lambda p: n(p.f("tie")))
P(
    "count",
    "street",
    "Of the three people how many are men",
    "count(sel(man))",
    lambda p: n(p.f("man")),
)
P(
    "verify",
    "street",
    "The man in black his tie is it red",
    "verify(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color, red)",
    lambda p: yes(p.value(worn_by(p, p.the("man", color="black")), "color") == "red"),
)
P(
    "superlative",
    "street",
    "Who is standing the most right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "position",
    "street",
    "The sign it is on which side left or right",
    "choose(u(sel(sign)), hposition, [left, right])",
    lambda p: p.value(p.the("sign"), "hposition"),
)
P(
    "compare_attr",
    "street",
    "The bus and the sign have they the same colour",
    "same(u(sel(bus)), u(sel(sign)), color)",
    lambda p: yes(p.value(p.the("bus"), "color") == p.value(p.the("sign"), "color")),
)
P(
    "spatial",
    "street",
    "Is there a man on the left from the woman",
    "vrel(u(sel(woman)), left, name=man)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("woman")), "man"))),
)

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- the home cook
P(
    "count",
    "kitchen",
    "alright so how many cups are on the table",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "what time's the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "verify",
    "kitchen",
    "can you check weather the fork is metal",
    "verify(u(sel(fork)), material, metal)",
    lambda p: yes(p.value(p.the("fork"), "material") == "metal"),
)
P(
    "spatial",
    "kitchen",
    "what's sitting next to the plate",
    "q(u(rel(u(sel(plate)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("plate")))),
)
P(
    "attribute",
    "kitchen",
    "the cup on the left what colour's that",
    "q(u(f(sel(cup), hposition=left)), color)",
    lambda p: p.value(p.the("cup", hposition="left"), "color"),
)
P(
    "quantifier",
    "kitchen",
    "none of the cups are green right",
    "not_(exist(f(sel(cup), color=green)))",
    lambda p: yes(not p.f("cup", color="green")),
)
X("kitchen", "what's she gonna cook for dinner you reckon")

# --- the bored fourteen-year-old
P(
    "count",
    "kitchen",
    "like how many things are on the table",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "text",
    "kitchen",
    "what's the bottle say",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "count",
    "kitchen",
    "how many red no sorry white cups are there",
    "count(f(sel(cup), color=white))",
    lambda p: n(p.f("cup", color="white")),
)
P(
    "number",
    "kitchen",
    "ugh how many different colors are the cups",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "attribute",
    "kitchen",
    "what color is the lady wearing",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
X("kitchen", "whats her name is she like the mom or whatever")

# --- the Chinese restaurant owner
P(
    "attribute",
    "kitchen",
    "the plate what colour",
    "q(u(sel(plate)), color)",
    lambda p: p.value(p.the("plate"), "color"),
)
P(
    "negation",
    "kitchen",
    "the three cups how many is not white",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "where",
    "kitchen",
    "the woman she stand left of the table or right",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
P(
    "spatial",
    "kitchen",
    "the clock is above the table yes",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "superlative",
    "kitchen",
    "the cup most on the right side what colour",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "attribute",
    "kitchen",
    "bottle is what colour",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)

# --- the retired carpenter
P(
    "attribute",
    "kitchen",
    "say what's that table made outta",
    "q(u(sel(table)), material)",
    lambda p: p.value(p.the("table"), "material"),
)
P(
    "attribute",
    "kitchen",
    "what kinda color would you call the table",
    "q(u(sel(table)), color)",
    lambda p: p.value(p.the("table"), "color"),
)
P(
    "spatial",
    "kitchen",
    "is the bottle to the right of the blue cup",
    "vrel(u(f(sel(cup), color=blue)), right, name=bottle)",
    lambda p: yes(bool(named(p, p.subjects("right", p.the("cup", color="blue")), "bottle"))),
)
P(
    "chain",
    "kitchen",
    "now the cup to the right of the bottle what color's that one",
    "q(u(rel(u(sel(bottle)), right, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("right", p.the("bottle")), "cup")), "color"),
)
P(
    "two_clause",
    "kitchen",
    "are the plate and the clock both white",
    "and_(verify(u(sel(plate)), color, white), verify(u(sel(clock)), color, white))",
    lambda p: yes(p.value(p.the("plate"), "color") == "white" and p.value(p.the("clock"), "color") == "white"),
)
P(
    "list",
    "kitchen",
    "what all's sittin on the table gimme the list",
    "values(rel(u(sel(table)), on), name)",
    lambda p: listed(p.name(o) for o in p.subjects("on", p.the("table"))),
)

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- the dog walker
P("count", "park", "okay so how many dogs are there", "count(sel(dog))", lambda p: n(p.f("dog")))
P(
    "chain",
    "park",
    "what color's the dog the lady in red is holding",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "spatial",
    "park",
    "the white dog who's it next to",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "chain",
    "park",
    "what colour's the dog next to the lady in red no the girl",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color"),
)
P(
    "quantifier",
    "park",
    "are both the dogs black",
    "not_(exist(fn(sel(dog), color=black)))",
    lambda p: yes(all(p.value(o, "color") == "black" for o in p.f("dog"))),
)
P(
    "position",
    "park",
    "is the black dog on the left side",
    "verify(u(f(sel(dog), color=black)), hposition, left)",
    lambda p: yes(p.value(p.the("dog", color="black"), "hposition") == "left"),
)
X("park", "aw what breed is the white one")

# --- the dad at the playground
P("count", "park", "hey how many kids are there", "count(sel(child))", lambda p: n(children(p)))
P(
    "chain",
    "park",
    "what's the boy throwing",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "attribute",
    "park",
    "what color's the frisbee buddy",
    "q(u(sel(frisbee)), color)",
    lambda p: p.value(p.the("frisbee"), "color"),
)
P(
    "position",
    "park",
    "is the frisbee up top or down at the bottom",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "spatial",
    "park",
    "the boy is he near the bench",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
X("park", "hey is the boy gonna catch it when it comes back")

# --- the Mexican gardener
P("count", "park", "how many trees there is in the park", "count(sel(tree))", lambda p: n(p.f("tree")))
P(
    "verify",
    "park",
    "the bench is from wood",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "attribute",
    "park",
    "the bench what colour is",
    "q(u(sel(bench)), color)",
    lambda p: p.value(p.the("bench"), "color"),
)
P(
    "quantifier",
    "park",
    "the trees they are all green",
    "not_(exist(fn(sel(tree), color=green)))",
    lambda p: yes(all(p.value(o, "color") == "green" for o in p.f("tree"))),
)
P(
    "spatial",
    "park",
    "what is behind the girl",
    "q(u(rel(u(sel(girl)), behind)), name)",
    lambda p: p.name(only(p.subjects("behind", p.the("girl")))),
)
P(
    "superlative",
    "park",
    "which person is most on the left",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)

# --- the jogger out of breath
P("count", "park", "wait how many people are in the park", "count(sel(person))", lambda p: n(people(p)))
P(
    "spatial",
    "park",
    "is the woman in white uh near the bike",
    "vrel(u(f(sel(woman), color=white)), near, name=bicycle)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("woman", color="white")), "bicycle"))),
)
P(
    "attribute",
    "park",
    "the bike uh what color",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "is the bench left of the bike",
    "vrel(u(sel(bicycle)), left, name=bench)",
    lambda p: yes(bool(named(p, p.subjects("left", p.the("bicycle")), "bench"))),
)
P(
    "spatial",
    "park",
    "how many people are to the right of the boy",
    "count(rel(u(sel(boy)), right))",
    lambda p: n([o for o in p.subjects("right", p.the("boy")) if p.name(o) in PEOPLE]),
)
P(
    "compare_count",
    "park",
    "wait are there more women than girls",
    "gt(count(sel(woman)), count(sel(girl)))",
    lambda p: yes(len(p.f("woman")) > len(p.f("girl"))),
)
X("park", "uh how many laps of this park make a mile")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- the art teacher
P(
    "count",
    "shapes",
    "okay let's see how many triangles sorry circles do we have",
    "count(sel(circle))",
    lambda p: n(p.f("circle")),
)
P(
    "attribute",
    "shapes",
    "what colour is the triangle",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P(
    "position",
    "shapes",
    "which shape is in the top left corner",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="top"), "shape"),
)
P(
    "compare_size",
    "shapes",
    "is the triangle bigger than the square",
    "larger(u(sel(triangle)), u(sel(square)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("square")),
)
P(
    "count",
    "shapes",
    "how many of the shapes are blue",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
X("shapes", "what do you reckon the child who drew this was feeling")

# --- the six-year-old
P("count", "shapes", "um how many stars", "count(sel(star))", lambda p: n(p.f("star")))
P(
    "exist",
    "shapes",
    "is there a purple one",
    "exist(f(scene(), color=purple))",
    lambda p: yes(bool(p.f(color="purple"))),
)
P(
    "attribute",
    "shapes",
    "what colour is the big circle",
    "q(u(f(sel(circle), size=large)), color)",
    lambda p: p.value(p.the("circle", size="large"), "color"),
)
P(
    "attribute",
    "shapes",
    "and and what shape is the yellow one",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "compare_count",
    "shapes",
    "are there more blue ones than red ones",
    "gt(count(f(scene(), color=blue)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="blue")) > len(p.f(color="red"))),
)
P(
    "position",
    "shapes",
    "what shape is right in the middle",
    "q(u(f(scene(), hposition=middle, vposition=middle)), shape)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "shape"),
)

# --- the accountant
P("count", "shapes", "Okay so how many shapes are there in total?", "count(scene())", lambda p: n(p.objects))
P(
    "list",
    "shapes",
    "List the colours for me please.",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "number",
    "shapes",
    "How many different colours is that?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P("count", "shapes", "And how many are small?", "count(f(scene(), size=small))", lambda p: n(p.f(size="small")))
P(
    "negation",
    "shapes",
    "How many shapes are neither red nor small?",
    "count(diff(fn(scene(), color=red), f(scene(), size=small)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") != "red" and p.value(o, "size") != "small"]),
)
P(
    "compare_count",
    "shapes",
    "Are there as many large shapes as small ones?",
    "eq(count(f(scene(), size=large)), count(f(scene(), size=small)))",
    lambda p: yes(len(p.f(size="large")) == len(p.f(size="small"))),
)
X("shapes", "Okay so what would this drawing sell for roughly?")

# --- the Russian engineer
P(
    "count",
    "shapes",
    "how many rectangles if square is also counted",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "which one is bigger square or yellow rectangle",
    "q(u(f(union(sel(square), f(sel(rectangle), color=yellow)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), only([o for o in rectangles(p) if p.value(o, "color") == "yellow"])),
)
P(
    "two_clause",
    "shapes",
    "the hexagon it is in bottom right corner",
    "and_(verify(u(sel(hexagon)), hposition, right), verify(u(sel(hexagon)), vposition, bottom))",
    lambda p: yes(
        p.value(p.the("hexagon"), "hposition") == "right" and p.value(p.the("hexagon"), "vposition") == "bottom"
    ),
)
P(
    "superlative",
    "shapes",
    "in the top row what is second from left",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "quantifier",
    "shapes",
    "all small shapes they are blue",
    "not_(exist(fn(f(scene(), size=small), color=blue)))",
    lambda p: yes(all(p.value(o, "color") == "blue" for o in p.f(size="small"))),
)
X("shapes", "for what purpose this drawing was made")

# --- the grandfather
P("count", "shapes", "now how many triangles are there eh", "count(sel(triangle))", lambda p: n(p.f("triangle")))
P(
    "attribute",
    "shapes",
    "what colour is the little circle",
    "q(u(f(sel(circle), size=small)), color)",
    lambda p: p.value(p.the("circle", size="small"), "color"),
)
P(
    "count",
    "shapes",
    "how many shapes are in the bottom row",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "exist",
    "shapes",
    "is there a green star",
    "exist(f(sel(star), color=green))",
    lambda p: yes(bool(p.f("star", color="green"))),
)
P(
    "superlative",
    "shapes",
    "which shape's farthest to the right in the bottom row",
    "q(ord(f(scene(), vposition=bottom), right, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "does the star have the same colour as the big circle",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)

# --- the student revising
P(
    "count",
    "shapes",
    "okay how many shapes are in the top row",
    "count(f(scene(), vposition=top))",
    lambda p: n(p.f(vposition="top")),
)
P(
    "exist",
    "shapes",
    "is any circle red",
    "exist(f(sel(circle), color=red))",
    lambda p: yes(bool(p.f("circle", color="red"))),
)
P(
    "negation",
    "shapes",
    "how many shapes other than the circles are like blue",
    "count(diff(f(scene(), color=blue), sel(circle)))",
    lambda p: n([o for o in p.f(color="blue") if p.name(o) != "circle"]),
)
P(
    "position",
    "shapes",
    "what shape's at the bottom on the left",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "position",
    "shapes",
    "is the triangle on the left or right side",
    "choose(u(sel(triangle)), hposition, [left, right])",
    lambda p: p.value(p.the("triangle"), "hposition"),
)
P(
    "superlative",
    "shapes",
    "okay what colour is the most common",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)

# --- the Vietnamese nail-salon worker
P("count", "shapes", "hexagon have how many", "count(sel(hexagon))", lambda p: n(p.f("hexagon")))
P(
    "attribute",
    "shapes",
    "the square uh I mean the hexagon colour is what",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "compare_attr",
    "shapes",
    "square and hexagon same colour or no",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P("count", "shapes", "red shape how many", "count(f(scene(), color=red))", lambda p: n(p.f(color="red")))
P("count", "shapes", "big shape is how many", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
X("shapes", "this picture cost how much if i buy")

# --- the sports coach
P(
    "count",
    "shapes",
    "okay listen how many shapes are red or green",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n([o for o in p.objects if p.value(o, "color") in {"red", "green"}]),
)
P(
    "compare_size",
    "shapes",
    "which won is bigger the star or the triangle",
    "q(u(f(union(sel(star), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("triangle")),
)
P(
    "position",
    "shapes",
    "what's in the top right corner",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "how many other shapes are the same size as the star",
    "count(same_attr(u(sel(star)), size))",
    lambda p: n([o for o in p.objects if o != p.the("star") and p.value(o, "size") == p.value(p.the("star"), "size")]),
)
P(
    "quantifier",
    "shapes",
    "alright are most of the shapes small",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: yes(len(p.f(size="small")) > len(p.objects) - len(p.f(size="small"))),
)
P(
    "list",
    "shapes",
    "what shapes are in the top row list 'em",
    "values(f(scene(), vposition=top), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(vposition="top")),
)

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
