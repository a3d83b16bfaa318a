# ruff: noqa: E501
"""Blind paraphrase set 62: a ninth fresh crowd with no common theme. Forty ordinary people, aged ten to ninety, each
imagined once and kept in character for six or seven questions about one picture, asking in their own words and habits
of speech: fragments, questions tacked onto a remark, "I reckon ... right?", counting said as "how many's", "count up",
"the number of", "all told", lower case without punctuation, rambling before the question, a few non-native speakers.

The cast. On the CLEVR val scenes: Dennis, 74, a retired joiner from Yorkshire ("them two grey blocks", "love",
"summat"); Priya, 10, excitable ("ooh", "!!", "my favourite is"); Marguerite, 88, a retired schoolmistress ("I should
like to know", "if you would be so kind"); Jay, 16, a gamer typing in lower case without punctuation ("r", "vs", "lol");
Ama, 44, a nurse from Accra on a night shift, brisk ("please", "is it so?"); Bob, 58, a Texas trucker ("lotta", "ain't",
"'cept", "gimme"); Ingrid, 45, a Norwegian radiologist, precise and a little formal; Sean, 30, an Irish barman ("go on
so", "at all", "would ye"); Mei, 22, an art student ("matte", "composition", "vibe"); Marcus, 35, a PE teacher ("right,
team", "hands up"); Yusuf, 27, a Turkish delivery rider texting between drops (no articles, lower case); Harold, 90, an
old RAF navigator ("to port — that's left, mind", "I take it"); Chloe, 13 ("wait", "lowkey", "lol"); Raj, 38, a
software engineer from Bangalore ("basically", "only", "kindly"); Kate, 29, an Australian surf instructor ("mate",
"reckon", "shiny"); Father Michael, 66, a parish priest in Boston ("bless me", "I wonder"); Zoe, 11 ("how many's", "does
it count"); Lorraine, 52, a Glasgow bus driver ("hen", "wee", "whit", "fae", "aye"); Hiroshi, 61, a visiting Japanese
engineer, politely formal; Darnell, 24, a barber in Atlanta between customers ("yo", "chillin", "nah right?"). On the
street, kitchen and park photos: Ethel, 81, a widow in Cornwall who rambles before she asks ("dear"); Luis, 19, a food
courier ("yo", "dudes", lower case); Dana, 47, an insurance claims adjuster ("for the record", "confirm"); Aisha, 14
("ppl", "r", "or nah"); Giulia, 63, an Italian grandmother ("the signora", "how many they are?"); Pat, 55, a food
safety inspector writing a terse checklist ("Clock reading?"); Noah, 10; Sunita, 42, a wedding caterer who talks while
she works; Walt, 72, a retired park ranger; Jess, 27, a dog walker in lower case; Amir, 35, an Iranian taxi driver in
Toronto ("how many person", "which colour it has"); Brenda, 45, a school-gate mum ("kiddos", "colour-wise"). On the
drawing of flat shapes: Leo, 12, keen on maths; Doreen, 68, a quilter; Kwame, 31, an architect ("occupies", "sit in the
bottom row"); Tyler, 20, a drowsy student ("dude", "am i tripping"); Mrs Okafor, 50, a primary teacher quizzing her
class ("Class, can anyone tell me"); Hank, 85, a farmer of few words ("Big ones. How many."); Sofía, 26, a Spanish
graphic designer ("which one is?", "I think no"); and Gary, 40, a pub-quiz host ("Question three, for a bonus point").

Sentence shapes: bare fragments ("Fork material?", "big cylinder colour?"), remarks with a question tacked on ("Lotta
balls in this one. How many we talkin'?"), tag questions ("They're all the big size, aren't they?", "nah right?"),
"which is bigger, the ... or the ...", "how many's", "count up", "the number of", "all told", "put together", "other
than", "leaving out", "neither ... nor", "setting aside", "excluding", ordinals said as "second fae the right", and
long rambles that end in a short question.

The questions cover counts (with conditions, "other than", "leaving out", "neither ... nor", "or", "put together"),
existence, an attribute of one thing, yes/no checks of one value, comparisons of counts ("more", "fewer", "as many as",
"the same number") and of attributes (same colour, size or material), quantifiers ("all", "every", "each", "both",
"none", "any", "most of"), exceptions ("everything's metal except one thing"), relations (left, right, in front, behind
on CLEVR; on the photo graphs only their stated relations: on, near, holding, wearing, throwing, above, behind, left,
right, in front), one- and two-hop chains, superlatives and ordinals, other things sharing a value, which of two
things is the bigger, a list of values, the number of different colours and the most common one, sides of a CLEVR
picture, sides, rows and corners of the photos and the drawing, and the text on the bus, road, sign, bottle and clock.

About half ask about CLEVR val scenes 54, 38, 57, 32, 48, 56, 50, 35, 36, 15, 20, 53, 44 and 17 (one or two people to
a scene), about 30% about the photo-like graphs (street, kitchen, park) and 20% about the drawing ("shapes"); about one
in ten must be refused, each in the same voice as the person's other questions (prices, names and owners, feelings
and opinions, what happens next, why, places, weather and makers outside the picture).

Conventions. "The X" is only used where exactly one X matches, counting a square as a rectangle; places and orders are
only asked where a careful person could call them: on CLEVR no other object may lie within TIE (0.25 scene units) of
the anchor or of a neighbour in the order along that axis; a side of a CLEVR picture is asked of one object only when
its box centre lies within 130 pixels of the edge of the 480-pixel frame, and the things on one side are counted (or
said to be missing) only when every candidate is either within 130 pixels of that edge or past the middle of the
frame; on the drawing neighbours in an order are at least 40 pixels apart; nothing is asked of the photo graphs that
their stated relations and attributes leave open ("the cup just to the left of the plate" is the one the graph states;
"how many cups are right of the plate" is not asked). A which-side question is answered with the side; a "which is bigger" between two
things is asked only where their size classes differ, and answered with the word that tells the bigger one from the
other (its shape, or its colour where the shapes are the same). Answers are the graph's words (gray, not grey; sphere,
not ball; metal for shiny, rubber for matte; a list most frequent first, ties alphabetical). Every answer comes from
the scene by plain Python, and ``--check`` runs every gold program with nsvr's executor against it.

Written blind: without reading the parser, the grammar, the normalize rules, the tests or any other set; only
build_blind53.py was read, for the format (with the shared gold helper blind_gold.py that it imports), and no question
was run through nsvr's parser, planner or ``nsvr ask``.

Run ``python build_blind62.py`` to write ``../blind62.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind62.jsonl"
Q, C, P, X = question_recorder()

# how close (in scene units) two objects may lie along an axis before a careful person could not call the order
TIE = 0.25
# a CLEVR object is on the left (right) of the 480-pixel picture only when its box centre is this far from the edge
SIDE = 130
WIDTH = 480


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


def centre_x(s: Clevr, i: int) -> float:
    x, _, w, _ = s.objects[i]["bbox"]
    return x + w / 2


def picture_side(s: Clevr, i: int) -> str:
    """left or right of the picture by box centre; NotUnique unless the centre is within SIDE pixels of an edge."""
    centre = centre_x(s, i)
    if centre < SIDE:
        return "left"
    if centre > WIDTH - SIDE:
        return "right"
    raise NotUnique(f"object {i} is not clearly on one side ({centre})")


def on_side(s: Clevr, ids: list[int], side: str) -> list[int]:
    """The objects of ids on the left (right) side of the picture: within SIDE pixels of that edge; NotUnique when
    one of them lies between that band and the middle of the frame, where a careful person could not say."""
    out = []
    for i in ids:
        from_edge = centre_x(s, i) if side == "left" else WIDTH - centre_x(s, i)
        if from_edge < SIDE:
            out.append(i)
        elif from_edge <= WIDTH / 2:
            raise NotUnique(f"object {i} is neither clearly {side} nor clearly not ({centre_x(s, i)})")
    return out


def any_on_side(s: Clevr, ids: list[int], side: str) -> str:
    """yes/no: some object of ids lies clearly on that side of the picture (within SIDE pixels of its edge); a "no"
    needs every object of ids clearly off that side (NotUnique otherwise)."""
    if any((centre_x(s, i) if side == "left" else WIDTH - centre_x(s, i)) < SIDE for i in ids):
        return "yes"
    return yes(bool(on_side(s, ids, side)))


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


def but(s: Clevr, ids: list[int], **want) -> list[int]:
    """The objects of ids that lack at least one of the given attribute values."""
    return [i for i in ids if not all(s.a(i, k) == v for k, v in want.items())]


def others(s: Clevr, anchor: int, attribute: str) -> list[int]:
    """The objects other than the anchor that share its value of ``attribute``."""
    return [i for i in s.all() if i != anchor and s.a(i, attribute) == s.a(anchor, attribute)]


def every(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids has every given attribute value."""
    return yes(all(all(s.a(i, k) == v for k, v in want.items()) for i in ids))


def most(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: more of the objects of ids have the given values than lack them."""
    return yes(len(among(s, ids, **want)) > len(but(s, ids, **want)))


def alike(s: Clevr, ids: list[int], attribute: str) -> str:
    """yes/no: the objects of ids (at least two) share one value of ``attribute``."""
    if len(ids) < 2:
        raise NotUnique(f"fewer than two objects: {ids}")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def same_value(s: Clevr, a: int, b: int, attribute: str) -> str:
    return yes(s.a(a, attribute) == s.a(b, attribute))


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


def shapes_where(p: Photo, **want) -> list[str]:
    """The drawn shapes with every given attribute value."""
    return p.f(**want)


def shapes_without(p: Photo, ids: list[str], **want) -> list[str]:
    """The shapes of ids lacking at least one of the given attribute values."""
    return [o for o in ids if not all(p.value(o, k) == v for k, v in want.items())]


def kinds() -> str:
    return ", ".join(f"{k} {c}" for k, c in sorted(Counter(q[0] for q in Q).items(), key=lambda kc: (-kc[1], kc[0])))


def scene_types() -> str:
    tally = Counter("clevr" if isinstance(q[1], int) else ("drawing" if q[1] == "shapes" else "photo") for q in Q)
    return ", ".join(f"{k} {c}" for k, c in sorted(tally.items()))


# =================================================================================================================
# CLEVR scenes, one or two people each
# =================================================================================================================

# --- Dennis, 74, retired joiner from Yorkshire, scene 54: large green rubber cube (front), large brown metal cyl (back), large gray rubber cube (far right), large gray rubber cube (far left)
C(
    "count",
    54,
    "Right then, how many's cubes in that lot?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "quantifier",
    54,
    "They're all the big size, every last one of 'em, aren't they?",
    "not_(exist(fn(scene(), size=large)))",
    lambda s: every(s, s.all(), size="large"),
)
C(
    "attribute",
    54,
    "That drum-shaped one at the back — metal or rubber, would you say?",
    "choose(u(sel(cylinder)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "compare_attr",
    54,
    "Them two grey blocks, made of the same stuff, are they?",
    "same(f(sel(cube), color=gray), material)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "material"),
)
C(
    "superlative",
    54,
    "Which one's sat nearest the front? Just the colour, love.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "spatial",
    54,
    "There's summat to the right of the green block an' all. How many things is that?",
    "count(rel(u(f(sel(cube), color=green)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", color="green"))),
)
X(54, "Would they stack nice, them blocks, or would the whole lot topple over?")

# --- Priya, 10, excitable, scene 38: small green rubber sph (front), large gray rubber cyl (back), small red metal sph, small green metal sph (far right), large gray metal cyl (far left)
C(
    "count",
    38,
    "ooh ooh how many balls can you see?? i think loads",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "compare_count",
    38,
    "Are there more balls than cylinders!!",
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    38,
    "Which one is the very very front one? What colour is it?",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "verify",
    38,
    "is the red ball shiny??",
    "verify(u(f(sel(sphere), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", color="red"), "material") == "metal"),
)
C(
    "same_attr",
    38,
    "My favourite is the green ball that isn't shiny. Is any other one green too?",
    "exist(same_attr(u(f(sel(sphere), color=green, material=rubber)), color))",
    lambda s: yes(bool(others(s, s.the(shape="sphere", color="green", material="rubber"), "color"))),
)
C(
    "chain",
    38,
    "there's a big thing on the left of the little red ball, what colour is it",
    "q(u(f(rel(u(f(sel(sphere), size=small, color=red)), left), size=large)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", size="small", color="red"), "left", size="large"), "color"),
)
X(38, "whose toys are these?? are they yours?")

# --- Marguerite, 88, retired schoolmistress, scene 57: small brown metal cyl (middle), large gray rubber cube (front), large blue metal sph (back), large gray rubber cube (right), small yellow rubber sph (far left)
C(
    "count",
    57,
    "I should like to know the number of cubes in this picture, if you would be so kind.",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    57,
    "Would you tell me whether the two grey cubes are of equal size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: alike(s, s.f(shape="cube", color="gray"), "size"),
)
C(
    "compare_size",
    57,
    "Which is the larger, the blue sphere or the yellow one?",
    "q(u(f(union(f(sel(sphere), color=blue), f(sel(sphere), color=yellow)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="yellow"), "color"),
)
C(
    "position",
    57,
    "On which side of the picture does the little yellow sphere sit, the left or the right?",
    "choose(u(f(sel(sphere), size=small, color=yellow)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="sphere", size="small", color="yellow")),
)
C(
    "spatial",
    57,
    "How many objects stand behind the little brown cylinder, pray?",
    "count(rel(u(f(sel(cylinder), size=small, color=brown)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cylinder", size="small", color="brown"))),
)
C(
    "superlative",
    57,
    "And the object furthest from us, at the very back: of what material is it made?",
    "q(ord(scene(), behind, 1), material)",
    lambda s: s.a(nth(s, s.all(), "behind"), "material"),
)
X(57, "Were these manufactured in France or in Germany, do you suppose?")

# --- Jay, 16, gamer, lower case, scene 32: small gray rubber cube (far left), large yellow metal sph (back), small gray rubber cube, small red rubber sph, small red metal cube (front), small gray metal cyl (far right)
C("count", 32, "how many cubes we got", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "count",
    32,
    "ok how many r grey and rubber",
    "count(f(scene(), color=gray, material=rubber))",
    lambda s: n(s.f(color="gray", material="rubber")),
)
C(
    "superlative",
    32,
    "whats the furthest back thing shape wise",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)
C(
    "compare_size",
    32,
    "yellow ball vs red ball which ones bigger",
    "q(u(f(union(f(sel(sphere), color=yellow), f(sel(sphere), color=red)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="yellow"), s.the(shape="sphere", color="red"), "color"),
)
C(
    "position",
    32,
    "the cylinder is it on the left or right side of the pic",
    "choose(u(sel(cylinder)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cylinder")),
)
X(32, "what game is this from lol")

# --- Ama, 44, nurse from Accra on a night shift, scene 32
C(
    "negation",
    32,
    "Please, leaving out the grey things, how many remain?",
    "count(fn(scene(), color=gray))",
    lambda s: n(but(s, s.all(), color="gray")),
)
C(
    "spatial",
    32,
    "Anything in front of the red ball?",
    "exist(rel(u(f(sel(sphere), color=red)), front))",
    lambda s: yes(bool(related(s, "front", s.the(shape="sphere", color="red")))),
)
C(
    "spatial",
    32,
    "The one to the right of the big yellow ball — which shape?",
    "q(u(rel(u(f(sel(sphere), size=large, color=yellow)), right)), shape)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", size="large", color="yellow"))), "shape"),
)
C(
    "verify",
    32,
    "The red cube, it is metal, is it so?",
    "verify(u(f(sel(cube), color=red)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "metal"),
)
C(
    "quantifier",
    32,
    "Are all the small ones rubber?",
    "not_(exist(fn(f(scene(), size=small), material=rubber)))",
    lambda s: every(s, s.f(size="small"), material="rubber"),
)
C(
    "count",
    32,
    "Red or metal, how many of those altogether?",
    "count(union(f(scene(), color=red), f(scene(), material=metal)))",
    lambda s: n(set(s.f(color="red")) | set(s.f(material="metal"))),
)

# --- Bob, 58, Texas trucker, scene 48: large yellow rubber sph, large red metal cube, large green metal sph (far left), large gray metal sph (far right), large green metal sph, small yellow metal cube (front), small blue metal cyl (back)
C(
    "count",
    48,
    "Lotta balls in this one. How many we talkin'?",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "negation",
    48,
    "Everything in here's shiny 'cept one. Which one ain't? Gimme the shape.",
    "q(u(fn(scene(), material=metal)), shape)",
    lambda s: s.a(only(but(s, s.all(), material="metal")), "shape"),
)
C(
    "compare_count",
    48,
    "We got as many cubes as cylinders?",
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    48,
    "What color's the one furthest over to the right?",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
C(
    "spatial",
    48,
    "That little yellow cube up front. How many things sittin' behind it?",
    "count(rel(u(f(sel(cube), size=small, color=yellow)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="cube", size="small", color="yellow"))),
)
X(48, "What'd a set like that run ya at Walmart?")

# --- Ingrid, 45, Norwegian radiologist, scene 48
C(
    "number",
    48,
    "How many different colours are represented in this image?",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "compare_attr",
    48,
    "The two green spheres: are they equal in size?",
    "same(f(sel(sphere), color=green), size)",
    lambda s: alike(s, s.f(shape="sphere", color="green"), "size"),
)
C(
    "chain",
    48,
    "Consider the sphere to the right of the red cube. In front of that sphere there is a cube; what colour does it have?",
    "q(u(f(rel(u(f(rel(u(f(sel(cube), color=red)), right), shape=sphere)), front), shape=cube)), color)",
    lambda s: s.a(
        hop(s, hop(s, s.the(shape="cube", color="red"), "right", shape="sphere"), "front", shape="cube"), "color"
    ),
)
C(
    "superlative",
    48,
    "Counting from the left, what is the second object? I need only its shape.",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)
C(
    "exist",
    48,
    "Is any of the objects made of rubber?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "quantifier",
    48,
    "Would it be correct to say that most of the objects are spheres?",
    "gt(count(sel(sphere)), count(fn(scene(), shape=sphere)))",
    lambda s: most(s, s.all(), shape="sphere"),
)

# --- Sean, 30, Irish barman, scene 56: small blue rubber cube, small yellow rubber sph (far right), large brown rubber cube, small cyan rubber sph (front), large cyan rubber cube (left), large green metal cyl
C(
    "count",
    56,
    "Go on so, how many of the blocks have we at all?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "count",
    56,
    "And the ones that are either cyan or brown, how many of them would ye say?",
    "count(union(f(scene(), color=cyan), f(scene(), color=brown)))",
    lambda s: n(set(s.f(color="cyan")) | set(s.f(color="brown"))),
)
C(
    "verify",
    56,
    "The cylinder now, that's metal, is it?",
    "verify(u(sel(cylinder)), material, metal)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "material") == "metal"),
)
C(
    "compare_size",
    56,
    "Which is the bigger of the two, the brown block or the blue one?",
    "q(u(f(union(f(sel(cube), color=brown), f(sel(cube), color=blue)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="cube", color="brown"), s.the(shape="cube", color="blue"), "color"),
)
C(
    "spatial",
    56,
    "Is there anything at all in behind the green cylinder?",
    "exist(rel(u(f(sel(cylinder), color=green)), behind))",
    lambda s: yes(bool(related(s, "behind", s.the(shape="cylinder", color="green")))),
)
X(56, "Who'd win a game of skittles with that lot, d'ye think?")

# --- Mei, 22, art student, scene 56
C(
    "list",
    56,
    "what colours are the balls? list them for me",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "number",
    56,
    "how many distinct colours in the whole composition",
    "nvalues(scene(), color)",
    lambda s: str(len({s.a(i, "color") for i in s.all()})),
)
C(
    "same_attr",
    56,
    "the big cyan cube — something else shares its colour, what shape is that?",
    "q(u(same_attr(u(f(sel(cube), size=large, color=cyan)), color)), shape)",
    lambda s: s.a(only(others(s, s.the(shape="cube", size="large", color="cyan"), "color")), "shape"),
)
C(
    "superlative",
    56,
    "which object's closest to the viewer, shape-wise?",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "position",
    56,
    "the yellow ball sits over on the right edge of the frame, yeah?",
    "verify(u(f(sel(sphere), color=yellow)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="sphere", color="yellow")) == "right"),
)
C(
    "quantifier",
    56,
    "are the cubes all matte? love that vibe",
    "not_(exist(fn(sel(cube), material=rubber)))",
    lambda s: every(s, s.f(shape="cube"), material="rubber"),
)

# --- Marcus, 35, PE teacher, scene 50: large purple rubber sph (front), large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube (far left), large green rubber sph (back), small green rubber cyl
C(
    "count",
    50,
    "Right, team, count up the big ones for me.",
    "count(f(scene(), size=large))",
    lambda s: n(s.f(size="large")),
)
C(
    "exist",
    50,
    "Hands up if any of them are metal. Any?",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)
C(
    "compare_count",
    50,
    "Fewer cylinders than cubes, yeah?",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "superlative",
    50,
    "Who's at the back of the line? What colour?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "count",
    50,
    "Balls and cylinders put together, what's the total?",
    "count(union(sel(sphere), sel(cylinder)))",
    lambda s: n(s.f(shape=("sphere", "cylinder"))),
)
C(
    "spatial",
    50,
    "How many are lined up to the right of the little blue cube?",
    "count(rel(u(f(sel(cube), size=small, color=blue)), right))",
    lambda s: n(related(s, "right", s.the(shape="cube", size="small", color="blue"))),
)
X(50, "Which one's gonna bounce highest if I drop it from the climbing frame?")

# --- Yusuf, 27, delivery rider texting between drops, scene 50
C("count", 50, "green ones how many", "count(f(scene(), color=green))", lambda s: n(s.f(color="green")))
C(
    "attribute",
    50,
    "big cylinder colour?",
    "q(u(f(sel(cylinder), size=large)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="large"), "color"),
)
C(
    "negation",
    50,
    "not green and not cube, how many",
    "count(fn(fn(scene(), color=green), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "green" and s.a(i, "shape") != "cube"]),
)
C(
    "chain",
    50,
    "cyan ball right side there is one cube, colour of it",
    "q(u(f(rel(u(f(sel(sphere), color=cyan)), right), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="sphere", color="cyan"), "right", shape="cube"), "color"),
)
C(
    "compare_attr",
    50,
    "purple ball and green ball same size?",
    "same(u(f(sel(sphere), color=purple)), u(f(sel(sphere), color=green)), size)",
    lambda s: same_value(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="green"), "size"),
)
C(
    "negation",
    50,
    "small ones but not cube how many",
    "count(fn(f(scene(), size=small), shape=cube))",
    lambda s: n(but(s, s.f(size="small"), shape="cube")),
)

# --- Harold, 90, old RAF navigator, scene 35: small purple metal sph (back), large green metal cube (far left), large green rubber cube, large red metal sph (front), large gray metal cube
C(
    "count",
    35,
    "Let me see now. Cubes — how many of those have we?",
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "compare_attr",
    35,
    "Is the big red ball made of the same stuff as the grey cube?",
    "same(u(f(sel(sphere), size=large, color=red)), u(f(sel(cube), color=gray)), material)",
    lambda s: same_value(
        s, s.the(shape="sphere", size="large", color="red"), s.the(shape="cube", color="gray"), "material"
    ),
)
C(
    "superlative",
    35,
    "Which object lies furthest forward? Its shape will do.",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "spatial",
    35,
    "To port of the grey cube — that's left, mind — how many objects?",
    "count(rel(u(f(sel(cube), color=gray)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="gray"))),
)
C(
    "quantifier",
    35,
    "Would I be right in saying most of these are metal?",
    "gt(count(f(scene(), material=metal)), count(fn(scene(), material=metal)))",
    lambda s: most(s, s.all(), material="metal"),
)
C(
    "position",
    35,
    "The green metal cube. Over on the left of the picture or the right, I take it?",
    "choose(u(f(sel(cube), color=green, material=metal)), hposition, [left, right])",
    lambda s: picture_side(s, s.the(shape="cube", color="green", material="metal")),
)
X(35, "What year would this have been taken? Before the war, was it?")

# --- Chloe, 13, scene 36: large purple metal sph (far right), small yellow metal cube (front), large cyan metal sph (back), small gray metal sph, large brown rubber cyl
C("count", 36, "wait how many spheres", "count(sel(sphere))", lambda s: n(s.f(shape="sphere")))
C(
    "verify",
    36,
    "is the cylinder brown",
    "verify(u(sel(cylinder)), color, brown)",
    lambda s: yes(s.a(s.the(shape="cylinder"), "color") == "brown"),
)
C(
    "negation",
    36,
    "everything's metal except one thing i think, what shape is that one",
    "q(u(fn(scene(), material=metal)), shape)",
    lambda s: s.a(only(but(s, s.all(), material="metal")), "shape"),
)
C(
    "compare_size",
    36,
    "lowkey which is bigger the purple ball or the grey one",
    "q(u(f(union(f(sel(sphere), color=purple), f(sel(sphere), color=gray)), size=large)), color)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="purple"), s.the(shape="sphere", color="gray"), "color"),
)
C(
    "spatial",
    36,
    "whats in front of the brown cylinder",
    "q(u(rel(u(f(sel(cylinder), color=brown)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="brown"))), "shape"),
)
X(36, "do u think the cyan ball is sad bc its all alone at the back lol")

# --- Raj, 38, software engineer from Bangalore, scene 15: large green rubber cyl (far left), large brown metal cyl, small purple metal cyl (right), large green metal sph (front), small yellow metal sph, small blue rubber cube (back), large red rubber sph (far right)
C(
    "count",
    15,
    "Basically I want the count of cylinders only.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "count",
    15,
    "How many metal items are small? Just the number.",
    "count(f(scene(), size=small, material=metal))",
    lambda s: n(s.f(size="small", material="metal")),
)
C(
    "compare_count",
    15,
    "Spheres and cylinders are same in number or not?",
    "eq(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    15,
    "Second object from the back side, what is its colour?",
    "q(ord(scene(), behind, 2), color)",
    lambda s: s.a(nth(s, s.all(), "behind", 2), "color"),
)
C(
    "chain",
    15,
    "Left side of the small yellow sphere there is one cylinder. In front of that cylinder there is another cylinder. Its colour is what?",
    "q(u(f(rel(u(f(rel(u(f(sel(sphere), size=small, color=yellow)), left), shape=cylinder)), front), shape=cylinder)), color)",
    lambda s: s.a(
        hop(
            s,
            hop(s, s.the(shape="sphere", size="small", color="yellow"), "left", shape="cylinder"),
            "front",
            shape="cylinder",
        ),
        "color",
    ),
)
C(
    "list",
    15,
    "Kindly list out the colours of the cylinders.",
    "values(sel(cylinder), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cylinder")),
)
C(
    "exist",
    15,
    "Any cube is there which is made of metal?",
    "exist(f(sel(cube), material=metal))",
    lambda s: yes(bool(s.f(shape="cube", material="metal"))),
)

# --- Kate, 29, Australian surf instructor, scene 15
C("count", 15, "How many's red, mate?", "count(f(scene(), color=red))", lambda s: n(s.f(color="red")))
C(
    "exist",
    15,
    "Anything shiny over on the right-hand side of the pic?",
    "exist(f(scene(), material=metal, hposition=right))",
    lambda s: any_on_side(s, s.f(material="metal"), "right"),
)
C(
    "superlative",
    15,
    "Which one's furthest left? Colour?",
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
C(
    "compare_attr",
    15,
    "Reckon the green cylinder and the green ball are made of the same stuff?",
    "same(u(f(sel(cylinder), color=green)), u(f(sel(sphere), color=green)), material)",
    lambda s: same_value(s, s.the(shape="cylinder", color="green"), s.the(shape="sphere", color="green"), "material"),
)
C(
    "quantifier",
    15,
    "None of the balls are rubber, yeah?",
    "not_(exist(f(sel(sphere), material=rubber)))",
    lambda s: yes(not s.f(shape="sphere", material="rubber")),
)
C(
    "spatial",
    15,
    "How many things are sitting behind the big green ball?",
    "count(rel(u(f(sel(sphere), size=large, color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="large", color="green"))),
)

# --- Father Michael, 66, parish priest in Boston, scene 20: small purple metal cyl, small green metal cyl (left), large cyan metal sph (far right), small yellow rubber cube (front), small yellow rubber cyl (back), small brown metal cube (far left)
C(
    "count",
    20,
    "Bless me, how many cylinders would that be?",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "negation",
    20,
    "And setting aside the cylinders, how many objects remain?",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n(but(s, s.all(), shape="cylinder")),
)
C(
    "chain",
    20,
    "The cube sitting behind the green cylinder — of what colour is it, please?",
    "q(u(f(rel(u(f(sel(cylinder), color=green)), behind), shape=cube)), color)",
    lambda s: s.a(hop(s, s.the(shape="cylinder", color="green"), "behind", shape="cube"), "color"),
)
C(
    "verify",
    20,
    "Is the large sphere made of metal, I wonder?",
    "verify(u(f(sel(sphere), size=large)), material, metal)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "metal"),
)
C(
    "same_attr",
    20,
    "How many others share the colour of the small yellow cube?",
    "count(same_attr(u(f(sel(cube), size=small, color=yellow)), color))",
    lambda s: n(others(s, s.the(shape="cube", size="small", color="yellow"), "color")),
)
C(
    "quantifier",
    20,
    "Is each of the cylinders a small one?",
    "not_(exist(fn(sel(cylinder), size=small)))",
    lambda s: every(s, s.f(shape="cylinder"), size="small"),
)

# --- Zoe, 11, scene 20
C("count", 20, "how many's yellow?", "count(f(scene(), color=yellow))", lambda s: n(s.f(color="yellow")))
C(
    "count",
    20,
    "how many shiny things are on the left side of the picture",
    "count(f(scene(), material=metal, hposition=left))",
    lambda s: n(on_side(s, s.f(material="metal"), "left")),
)
C(
    "compare_count",
    20,
    "are there the same number of cubes and balls?",
    "eq(count(sel(cube)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="sphere"))),
)
C(
    "superlative",
    20,
    "which thing is the most in front, what shape",
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)
C(
    "compare_size",
    20,
    "which is bigger the cyan ball or the purple cylinder",
    "q(u(f(union(f(sel(sphere), color=cyan), f(sel(cylinder), color=purple)), size=large)), shape)",
    lambda s: bigger_of(s, s.the(shape="sphere", color="cyan"), s.the(shape="cylinder", color="purple")),
)
C(
    "superlative",
    20,
    "and the thing right at the very back, what colour is that one",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)

# --- Lorraine, 52, Glasgow bus driver, scene 53: large yellow metal cube (back), small yellow metal sph (front), large green metal sph, large purple rubber cube (far right), large blue rubber cube, small gray rubber cube (far left)
C("count", 53, "How many's cubes, hen?", "count(sel(cube))", lambda s: n(s.f(shape="cube")))
C(
    "attribute",
    53,
    "That wee ball, whit colour's that?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_attr",
    53,
    "The big yellow cube an' the wee yellow ball, same material, aye?",
    "same(u(f(sel(cube), size=large, color=yellow)), u(f(sel(sphere), size=small, color=yellow)), material)",
    lambda s: same_value(
        s,
        s.the(shape="cube", size="large", color="yellow"),
        s.the(shape="sphere", size="small", color="yellow"),
        "material",
    ),
)
C(
    "spatial",
    53,
    "How many things are sittin' behind the green ball?",
    "count(rel(u(f(sel(sphere), color=green)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", color="green"))),
)
C(
    "superlative",
    53,
    "Second fae the right — whit shape's that?",
    "q(ord(scene(), right, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "shape"),
)
C(
    "exist",
    53,
    "Any rubber balls in it at a'?",
    "exist(f(sel(sphere), material=rubber))",
    lambda s: yes(bool(s.f(shape="sphere", material="rubber"))),
)
X(53, "Whit would a set like that cost ye in Argos?")

# --- Hiroshi, 61, visiting Japanese engineer, scene 44: large brown rubber sph (back), small brown metal sph (front), small purple rubber cube, large blue metal cube, small cyan metal cube (far left)
C(
    "count",
    44,
    "Please tell me the number of metal objects.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "compare_attr",
    44,
    "The large brown sphere and the small brown sphere — is their material the same?",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(sphere), size=small, color=brown)), material)",
    lambda s: same_value(
        s,
        s.the(shape="sphere", size="large", color="brown"),
        s.the(shape="sphere", size="small", color="brown"),
        "material",
    ),
)
C(
    "superlative",
    44,
    "Which cube is most on the left side? What is its colour?",
    "q(ord(sel(cube), left, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "left"), "color"),
)
C(
    "negation",
    44,
    "How many objects are neither brown nor cube, please?",
    "count(fn(fn(scene(), color=brown), shape=cube))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "brown" and s.a(i, "shape") != "cube"]),
)
C(
    "chain",
    44,
    "In front of the large blue cube, there is a sphere. Is this sphere made of metal?",
    "verify(u(f(rel(u(f(sel(cube), size=large, color=blue)), front), shape=sphere)), material, metal)",
    lambda s: yes(
        s.a(hop(s, s.the(shape="cube", size="large", color="blue"), "front", shape="sphere"), "material") == "metal"
    ),
)
C(
    "superlative",
    44,
    "Could you tell me which object is second from the front? Only the shape, please.",
    "q(ord(scene(), front, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "front", 2), "shape"),
)

# --- Darnell, 24, barber in Atlanta, scene 17: large green metal cyl, small yellow rubber sph (front), large red metal cube (back), large yellow rubber cube (far right)
C("count", 17, "yo how many of these are big", "count(f(scene(), size=large))", lambda s: n(s.f(size="large")))
C(
    "compare_size",
    17,
    "that little yellow ball bigger than the red cube? nah right?",
    "larger(u(f(sel(sphere), color=yellow)), u(f(sel(cube), color=red)))",
    lambda s: larger(s, s.the(shape="sphere", color="yellow"), s.the(shape="cube", color="red")),
)
C(
    "spatial",
    17,
    "something chillin in front of the yellow cube, what shape is it",
    "q(u(rel(u(f(sel(cube), color=yellow)), front)), shape)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cube", color="yellow"))), "shape"),
)
C(
    "quantifier",
    17,
    "both cubes big?",
    "not_(exist(fn(sel(cube), size=large)))",
    lambda s: every(s, s.f(shape="cube"), size="large"),
)
C(
    "position",
    17,
    "yellow cube's over on the right side of the pic, yeah?",
    "verify(u(f(sel(cube), color=yellow)), hposition, right)",
    lambda s: yes(picture_side(s, s.the(shape="cube", color="yellow")) == "right"),
)
C(
    "spatial",
    17,
    "how many things in front of that red cube my man",
    "count(rel(u(f(sel(cube), color=red)), front))",
    lambda s: n(related(s, "front", s.the(shape="cube", color="red"))),
)


# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP' (top right), white car (bottom left), tree behind the bus, small brown dog, road text 'NO PARKING'

# --- Ethel, 81, a widow in Cornwall who rambles
P(
    "text",
    "street",
    "My late husband drove buses for forty years, so I've always had a soft spot for them. What does it say on the side of that one, dear?",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "spatial",
    "street",
    "And the lady with the little dog — she's carrying it in her arms, isn't she, not walking it?",
    "exist(rel(u(sel(woman)), holding, role=object, name=dog))",
    lambda p: yes(bool(named(p, p.objects_of(p.the("woman"), "holding"), "dog"))),
)
P(
    "spatial",
    "street",
    "My eyes aren't what they were. Is that a tree standing behind the bus?",
    "vrel(u(sel(bus)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("bus")), "tree"))),
)
P(
    "attribute",
    "street",
    "We had a spaniel once, lovely thing. What colour's that little dog?",
    "q(u(sel(dog)), color)",
    lambda p: p.value(p.the("dog"), "color"),
)
P(
    "chain",
    "street",
    "The gentleman in black, on the left there — what colour is his tie?",
    "q(u(rel(u(f(sel(man), color=black)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", color="black")), "color"),
)
X("street", "Do you think that bus goes anywhere near Truro, dear?")

# --- Luis, 19, food courier
P(
    "text",
    "street",
    "yo the bus has something in spanish on it, what's it say exactly",
    "q(u(sel(bus)), text)",
    lambda p: p.value(p.the("bus"), "text"),
)
P(
    "count",
    "street",
    "how many dudes got ties on",
    "count(rel(sel(tie), wearing))",
    lambda p: n(wearers(p, "tie")),
)
P(
    "position",
    "street",
    "car's parked on which side, left or right",
    "choose(u(sel(car)), hposition, [left, right])",
    lambda p: p.value(p.the("car"), "hposition"),
)
P(
    "where",
    "street",
    "the guy in white, he's on the right of the bus or the left",
    "choose_rel(u(f(sel(man), color=white)), [left, right], role=object, name=bus)",
    lambda p: photo_side(p, p.the("man", color="white"), p.the("bus"), ("left", "right")),
)
P(
    "text",
    "street",
    "and the writing painted on the road?",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
P(
    "attribute",
    "street",
    "sign up top, what color",
    "q(u(sel(sign)), color)",
    lambda p: p.value(p.the("sign"), "color"),
)

# --- Dana, 47, insurance claims adjuster
P(
    "count",
    "street",
    "For the record: the number of vehicles in the frame?",
    "count(sel(vehicle))",
    lambda p: n(p.f(("bus", "car"))),
)
P(
    "verify",
    "street",
    "Confirm the car is white.",
    "verify(u(sel(car)), color, white)",
    lambda p: yes(p.value(p.the("car"), "color") == "white"),
)
P(
    "where",
    "street",
    "Position of the woman relative to the bus: in front of it or behind it?",
    "choose_rel(u(sel(woman)), [front, behind], role=object, name=bus)",
    lambda p: photo_side(p, p.the("woman"), p.the("bus"), ("front", "behind")),
)
P(
    "position",
    "street",
    "The stop sign — top or bottom of the frame?",
    "choose(u(sel(sign)), vposition, [top, bottom])",
    lambda p: p.value(p.the("sign"), "vposition"),
)
P(
    "negation",
    "street",
    "People in frame, excluding the woman: how many?",
    "count(diff(sel(person), sel(woman)))",
    lambda p: n([o for o in people(p) if p.name(o) != "woman"]),
)
P(
    "text",
    "street",
    "And the sign reads what, exactly?",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
X("street", "Which driver was at fault here, the car's or the bus's?")

# --- Aisha, 14
P("count", "street", "how many ppl r in the pic", "count(sel(person))", lambda p: n(people(p)))
P(
    "quantifier",
    "street",
    "both guys wearing ties or nah",
    "not_(exist(diff(sel(man), rel(sel(tie), wearing))))",
    lambda p: yes(all(m in wearers(p, "tie") for m in p.f("man"))),
)
P(
    "superlative",
    "street",
    "whos furthest right",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "chain",
    "street",
    "the guy on the right his tie what colour",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(worn_by(p, p.the("man", hposition="right")), "color"),
)
P(
    "verify",
    "street",
    "is the woman wearing green",
    "verify(u(sel(woman)), color, green)",
    lambda p: yes(p.value(p.the("woman"), "color") == "green"),
)
X("street", "whats the dogs name its so cute")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right

# --- Giulia, 63, Italian grandmother
P(
    "count",
    "kitchen",
    "The cups on the table, how many they are?",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n(named(p, p.subjects("on", p.the("table")), "cup")),
)
P(
    "text",
    "kitchen",
    "The bottle, what is written? I don't have my glasses.",
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "verify",
    "kitchen",
    "The table, is of wood, yes?",
    "verify(u(sel(table)), material, wood)",
    lambda p: yes(p.value(p.the("table"), "material") == "wood"),
)
P(
    "compare_attr",
    "kitchen",
    "The red cup and the plate, same colour? No, eh?",
    "same(u(f(sel(cup), color=red)), u(sel(plate)), color)",
    lambda p: yes(p.value(p.the("cup", color="red"), "color") == p.value(p.the("plate"), "color")),
)
P(
    "where",
    "kitchen",
    "The signora in yellow, she stay at the right of the table or the left?",
    "choose_rel(u(sel(woman)), [left, right], role=object, name=table)",
    lambda p: photo_side(p, p.the("woman"), p.the("table"), ("left", "right")),
)
X("kitchen", "She is making the lunch? What she will cook?")

# --- Pat, 55, food safety inspector
P(
    "count",
    "kitchen",
    "Items on table: count.",
    "count(rel(u(sel(table)), on))",
    lambda p: n(p.subjects("on", p.the("table"))),
)
P(
    "attribute",
    "kitchen",
    "Fork material?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "text",
    "kitchen",
    "Clock reading?",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "negation",
    "kitchen",
    "Cups other than white ones: number?",
    "count(fn(sel(cup), color=white))",
    lambda p: n([o for o in p.f("cup") if p.value(o, "color") != "white"]),
)
P(
    "spatial",
    "kitchen",
    "Clock mounted above the table — confirm.",
    "vrel(u(sel(table)), above, name=clock)",
    lambda p: yes(bool(named(p, p.subjects("above", p.the("table")), "clock"))),
)
P(
    "superlative",
    "kitchen",
    "Leftmost cup, colour.",
    "q(ord(sel(cup), left, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "left"), "color"),
)

# --- Noah, 10
P(
    "text",
    "kitchen",
    "what time does the clock say",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P("count", "kitchen", "how many cups altogether", "count(sel(cup))", lambda p: n(p.f("cup")))
P(
    "exist",
    "kitchen",
    "is one of the cups blue?",
    "exist(f(sel(cup), color=blue))",
    lambda p: yes(bool(p.f("cup", color="blue"))),
)
P(
    "attribute",
    "kitchen",
    "what colour are the lady's clothes",
    "q(u(sel(woman)), color)",
    lambda p: p.value(p.the("woman"), "color"),
)
P(
    "superlative",
    "kitchen",
    "the cup at the right end, what colour is it",
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
P(
    "attribute",
    "kitchen",
    "whats the colour of the bottle",
    "q(u(sel(bottle)), color)",
    lambda p: p.value(p.the("bottle"), "color"),
)
X("kitchen", "whats the ladys name, is she my friend's mum")

# --- Sunita, 42, wedding caterer
P(
    "number",
    "kitchen",
    "I'm setting tables for a wedding this weekend so I notice these things — how many different colours do the cups come in?",
    "nvalues(sel(cup), color)",
    lambda p: str(len({p.value(o, "color") for o in p.f("cup")})),
)
P(
    "compare_attr",
    "kitchen",
    "Is the bottle the same colour as the blue cup? Doesn't look it.",
    "same(u(sel(bottle)), u(f(sel(cup), color=blue)), color)",
    lambda p: yes(p.value(p.the("bottle"), "color") == p.value(p.the("cup", color="blue"), "color")),
)
P(
    "chain",
    "kitchen",
    "The cup just to the left of the plate, what colour's that one?",
    "q(u(rel(u(sel(plate)), left, name=cup)), color)",
    lambda p: p.value(only(named(p, p.subjects("left", p.the("plate")), "cup")), "color"),
)
P(
    "attribute",
    "kitchen",
    "There's a fork by the plate — is it metal or plastic?",
    "choose(u(sel(fork)), material, [metal, plastic])",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "list",
    "kitchen",
    "Run me through the cup colours, would you?",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "count",
    "kitchen",
    "Cups and the plate put together, how many pieces is that?",
    "count(union(sel(cup), sel(plate)))",
    lambda p: n(p.f(("cup", "plate"))),
)
X("kitchen", "Where did she get that table, do you think? I'd love one just like it.")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees

# --- Walt, 72, retired park ranger
P(
    "count",
    "park",
    "Back when I was a ranger we kept a tally of dogs on the path. How many dogs have we got here?",
    "count(sel(dog))",
    lambda p: n(p.f("dog")),
)
P(
    "verify",
    "park",
    "That bench is wood, I'd guess?",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
P(
    "chain",
    "park",
    "What colour's the frisbee the lad's throwing?",
    "q(u(rel(u(sel(boy)), throwing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("boy"), "throwing")), "color"),
)
P(
    "spatial",
    "park",
    "And who's that over by the bench?",
    "q(u(rel(u(sel(bench)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("bench")))),
)
P("count", "park", "Trees — how many, by your count?", "count(sel(tree))", lambda p: n(p.f("tree")))
X("park", "Is this Central Park, or some place else?")

# --- Jess, 27, dog walker
P(
    "chain",
    "park",
    "what colour is the dog the woman in red is holding",
    "q(u(rel(u(f(sel(woman), color=red)), holding, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("woman", color="red"), "holding")), "color"),
)
P(
    "count",
    "park",
    "how many of the dogs are white",
    "count(f(sel(dog), color=white))",
    lambda p: n(p.f("dog", color="white")),
)
P(
    "spatial",
    "park",
    "the white dog, who's it near",
    "q(u(rel(u(f(sel(dog), color=white)), near)), name)",
    lambda p: p.name(only(p.subjects("near", p.the("dog", color="white")))),
)
P(
    "compare_attr",
    "park",
    "are the two dogs the same colour",
    "same(sel(dog), color)",
    lambda p: yes(len({p.value(o, "color") for o in p.f("dog")}) == 1),
)
P(
    "compare_count",
    "park",
    "fewer dogs than kids?",
    "lt(count(sel(dog)), count(sel(child)))",
    lambda p: yes(len(p.f("dog")) < len(children(p))),
)
X("park", "whose dog is the white one, is it the girl's")

# --- Amir, 35, Iranian taxi driver in Toronto
P(
    "count",
    "park",
    "How many person in the park, with the children also?",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "attribute",
    "park",
    "The bicycle, which colour it has?",
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P(
    "spatial",
    "park",
    "The girl, she is at right side of the boy?",
    "vrel(u(sel(boy)), right, name=girl)",
    lambda p: yes(p.has(p.the("girl"), "right", p.the("boy"))),
)
P(
    "position",
    "park",
    "The frisbee is up in the air — top of picture or bottom?",
    "choose(u(sel(frisbee)), vposition, [top, bottom])",
    lambda p: p.value(p.the("frisbee"), "vposition"),
)
P(
    "superlative",
    "park",
    "Who is the person most on left?",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
X("park", "Is it cold there that day? What temperature?")

# --- Brenda, 45, school-gate mum
P("count", "park", "How many kiddos in this one?", "count(sel(child))", lambda p: n(children(p)))
P(
    "attribute",
    "park",
    "The little girl — what's she wearing, colour-wise?",
    "q(u(sel(girl)), color)",
    lambda p: p.value(p.the("girl"), "color"),
)
P(
    "spatial",
    "park",
    "Is the boy near the bench?",
    "vrel(u(sel(bench)), near, name=boy)",
    lambda p: yes(bool(named(p, p.subjects("near", p.the("bench")), "boy"))),
)
P(
    "spatial",
    "park",
    "What's that behind the girl, a tree?",
    "vrel(u(sel(girl)), behind, name=tree)",
    lambda p: yes(bool(named(p, p.subjects("behind", p.the("girl")), "tree"))),
)
P(
    "compare_attr",
    "park",
    "The dog next to the girl and the girl herself — same colour? Don't think so.",
    "same(u(rel(u(sel(girl)), near, name=dog)), u(sel(girl)), color)",
    lambda p: yes(
        p.value(only(named(p, p.subjects("near", p.the("girl")), "dog")), "color") == p.value(p.the("girl"), "color")
    ),
)
P(
    "exist",
    "park",
    "Anybody in the park wearing red?",
    "exist(f(sel(person), color=red))",
    lambda p: yes(any(p.value(o, "color") == "red" for o in people(p))),
)
X("park", "Which one's the boy's mum, do you reckon? I'd like a word with her.")

# =================================================================================================================
# the drawing of flat shapes
# =================================================================================================================

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)

# --- Leo, 12, keen on maths
P(
    "negation",
    "shapes",
    "Not counting circles, how many shapes are there?",
    "count(fn(scene(), shape=circle))",
    lambda p: n([o for o in p.objects if p.value(o, "shape") != "circle"]),
)
P(
    "count",
    "shapes",
    "How many rectangles? Squares count as rectangles, obviously.",
    "count(union(sel(rectangle), sel(square)))",
    lambda p: n(rectangles(p)),
)
P(
    "compare_size",
    "shapes",
    "Is the triangle bigger than the hexagon?",
    "larger(u(sel(triangle)), u(sel(hexagon)))",
    lambda p: drawn_larger(p, p.the("triangle"), p.the("hexagon")),
)
P(
    "count",
    "shapes",
    "Blue shapes: how many?",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P(
    "superlative",
    "shapes",
    "Second one from the left in the top row, what shape?",
    "q(ord(f(scene(), vposition=top), left, 2), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left", 2), "shape"),
)
P(
    "superlative",
    "shapes",
    "Which colour shows up the most?",
    "common_value(scene(), color)",
    lambda p: Counter(p.value(o, "color") for o in p.objects).most_common(1)[0][0],
)

# --- Doreen, 68, quilter
P(
    "list",
    "shapes",
    "I'm planning a quilt from this one. Which colours are in it, all of them?",
    "values(scene(), color)",
    lambda p: listed(p.value(o, "color") for o in p.objects),
)
P(
    "number",
    "shapes",
    "And how many different colours is that, all told?",
    "nvalues(scene(), color)",
    lambda p: str(len({p.value(o, "color") for o in p.objects})),
)
P(
    "verify",
    "shapes",
    "The big rectangle at the bottom — that's yellow, isn't it?",
    "verify(u(f(sel(rectangle), size=large)), color, yellow)",
    lambda p: yes(p.value(only([o for o in rectangles(p) if p.value(o, "size") == "large"]), "color") == "yellow"),
)
P(
    "compare_attr",
    "shapes",
    "Is the star the same red as the big circle?",
    "same(u(sel(star)), u(f(sel(circle), size=large)), color)",
    lambda p: yes(p.value(p.the("star"), "color") == p.value(p.the("circle", size="large"), "color")),
)
P(
    "count",
    "shapes",
    "How many pieces would be red or green?",
    "count(union(f(scene(), color=red), f(scene(), color=green)))",
    lambda p: n(set(p.f(color="red")) | set(p.f(color="green"))),
)
X("shapes", "Would this look nicer in pastels, do you think?")

# --- Kwame, 31, architect
P(
    "position",
    "shapes",
    "Top-right corner: which shape occupies it?",
    "q(u(f(scene(), hposition=right, vposition=top)), shape)",
    lambda p: p.value(p.the(hposition="right", vposition="top"), "shape"),
)
P(
    "count",
    "shapes",
    "How many shapes sit in the bottom row?",
    "count(f(scene(), vposition=bottom))",
    lambda p: n(p.f(vposition="bottom")),
)
P(
    "verify",
    "shapes",
    "The small circle: is it in the middle row?",
    "verify(u(f(sel(circle), size=small)), vposition, middle)",
    lambda p: yes(p.value(p.the("circle", size="small"), "vposition") == "middle"),
)
P(
    "compare_attr",
    "shapes",
    "The square and the star, do they share a colour?",
    "same(u(sel(square)), u(sel(star)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("star"), "color")),
)
P(
    "superlative",
    "shapes",
    "Rightmost shape in the bottom row — its colour?",
    "q(ord(f(scene(), vposition=bottom), right, 1), color)",
    lambda p: p.value(side_of(p, p.f(vposition="bottom"), "right"), "color"),
)
P(
    "quantifier",
    "shapes",
    "Are the large shapes all in the top row?",
    "not_(exist(fn(f(scene(), size=large), vposition=top)))",
    lambda p: yes(all(p.value(o, "vposition") == "top" for o in p.f(size="large"))),
)

# --- Tyler, 20, drowsy student
P("count", "shapes", "dude how many circles", "count(sel(circle))", lambda p: n(p.f("circle")))
P("exist", "shapes", "is there like a star in there", "exist(sel(star))", lambda p: yes(bool(p.f("star"))))
P(
    "attribute",
    "shapes",
    "what colour's the hexagon thing",
    "q(u(sel(hexagon)), color)",
    lambda p: p.value(p.the("hexagon"), "color"),
)
P(
    "verify",
    "shapes",
    "is the triangle green or am i tripping",
    "verify(u(sel(triangle)), color, green)",
    lambda p: yes(p.value(p.the("triangle"), "color") == "green"),
)
P(
    "compare_size",
    "shapes",
    "which ones bigger the star or the circle on the left",
    "q(u(f(union(sel(star), f(sel(circle), hposition=left)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("star"), p.the("circle", hposition="left")),
)
X("shapes", "what was whoever drew this thinking lol")

# --- Mrs Okafor, 50, primary teacher
P(
    "count",
    "shapes",
    "Class, can anyone tell me the number of small shapes?",
    "count(f(scene(), size=small))",
    lambda p: n(p.f(size="small")),
)
P(
    "compare_count",
    "shapes",
    "Are there fewer green shapes than red ones?",
    "lt(count(f(scene(), color=green)), count(f(scene(), color=red)))",
    lambda p: yes(len(p.f(color="green")) < len(p.f(color="red"))),
)
P(
    "quantifier",
    "shapes",
    "Now, is every blue shape a small one?",
    "not_(exist(fn(f(scene(), color=blue), size=small)))",
    lambda p: yes(all(p.value(o, "size") == "small" for o in p.f(color="blue"))),
)
P(
    "attribute",
    "shapes",
    "And what shape is the yellow one, children?",
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(p.the(color="yellow"), "shape"),
)
P(
    "superlative",
    "shapes",
    "Which shape in the top row is furthest to the left?",
    "q(ord(f(scene(), vposition=top), left, 1), shape)",
    lambda p: p.value(side_of(p, p.f(vposition="top"), "left"), "shape"),
)
P(
    "same_attr",
    "shapes",
    "Other than the star, is anything else red?",
    "exist(same_attr(u(sel(star)), color))",
    lambda p: yes(
        any(o != p.the("star") and p.value(o, "color") == p.value(p.the("star"), "color") for o in p.objects)
    ),
)

# --- Hank, 85, farmer of few words
P("count", "shapes", "How many shapes, all told.", "count(scene())", lambda p: n(p.objects))
P("count", "shapes", "Big ones. How many.", "count(f(scene(), size=large))", lambda p: n(p.f(size="large")))
P(
    "attribute",
    "shapes",
    "Triangle. What colour.",
    "q(u(sel(triangle)), color)",
    lambda p: p.value(p.the("triangle"), "color"),
)
P("exist", "shapes", "Anything purple?", "exist(f(scene(), color=purple))", lambda p: yes(bool(p.f(color="purple"))))
P(
    "position",
    "shapes",
    "Hexagon. Left side or right.",
    "choose(u(sel(hexagon)), hposition, [left, right])",
    lambda p: p.value(p.the("hexagon"), "hposition"),
)
X("shapes", "What's it for, a drawing like this? Why'd anybody bother?")

# --- Sofía, 26, Spanish graphic designer
P(
    "same_attr",
    "shapes",
    "How many shapes have the same colour as the square? Not counting the square itself.",
    "count(same_attr(u(sel(square)), color))",
    lambda p: n(
        [o for o in p.objects if o != p.the("square") and p.value(o, "color") == p.value(p.the("square"), "color")]
    ),
)
P(
    "position",
    "shapes",
    "The shape in the bottom left corner, which one is?",
    "q(u(f(scene(), hposition=left, vposition=bottom)), shape)",
    lambda p: p.value(p.the(hposition="left", vposition="bottom"), "shape"),
)
P(
    "compare_attr",
    "shapes",
    "The two circles are the same size? I think no.",
    "same(sel(circle), size)",
    lambda p: yes(len({p.value(o, "size") for o in p.f("circle")}) == 1),
)
P(
    "quantifier",
    "shapes",
    "Most of the shapes are small, true?",
    "gt(count(f(scene(), size=small)), count(fn(scene(), size=small)))",
    lambda p: yes(len(p.f(size="small")) > len(shapes_without(p, list(p.objects), size="small"))),
)
P(
    "list",
    "shapes",
    "Which shapes are the small ones? Tell me all.",
    "values(f(scene(), size=small), shape)",
    lambda p: listed(p.value(o, "shape") for o in p.f(size="small")),
)
X("shapes", "Which font would go good with this, in your opinion?")

# --- Gary, 40, pub-quiz host
P("count", "shapes", "Question one: how many hexagons?", "count(sel(hexagon))", lambda p: n(p.f("hexagon")))
P(
    "position",
    "shapes",
    "Question two: the big circle, left of the picture or right?",
    "choose(u(f(sel(circle), size=large)), hposition, [left, right])",
    lambda p: p.value(p.the("circle", size="large"), "hposition"),
)
P(
    "negation",
    "shapes",
    "Question three, for a bonus point: shapes that are neither blue nor red — how many?",
    "count(fn(fn(scene(), color=blue), color=red))",
    lambda p: n([o for o in p.objects if p.value(o, "color") not in {"blue", "red"}]),
)
P(
    "position",
    "shapes",
    "Question four: what colour is the shape slap bang in the middle of the drawing?",
    "q(u(f(scene(), hposition=middle, vposition=middle)), color)",
    lambda p: p.value(p.the(hposition="middle", vposition="middle"), "color"),
)
P(
    "compare_count",
    "shapes",
    "Question five: as many circles as triangles — yes or no?",
    "eq(count(sel(circle)), count(sel(triangle)))",
    lambda p: yes(len(p.f("circle")) == len(p.f("triangle"))),
)
P(
    "compare_size",
    "shapes",
    "Question six: which is the bigger, the square or the triangle?",
    "q(u(f(union(sel(square), sel(triangle)), size=large)), shape)",
    lambda p: drawn_bigger_of(p, p.the("square"), p.the("triangle")),
)
X("shapes", "Tie-breaker: what's the name of the artist?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
    print(f"{len(Q)} questions: {kinds()}")
    print(f"by scene type: {scene_types()}")
