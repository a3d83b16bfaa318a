"""An eighth blind paraphrase set (tests/data/paraphrases/blind8.jsonl), in voices the first seven did not use:
a visually impaired person asking an assistant app ("what is the thing closest to me?"), a factory quality
inspector ("QC: material of the small green cylinder?"), a quiz-show host ("For one point: ..."), hedges and
self-corrections ("how many cubes - sorry, spheres - are there?"), relative clauses and the passive voice ("is the
cube that is behind the sphere made of rubber?"), everyday comparatives ("which is bigger, the red cube or the
blue sphere?"), mixed British/American spelling with casual abbreviations ("whats the colour of the grey ball
pls"), and questions nsvr's steps cannot answer (why, opinions, things outside the image), whose gold is refuse.
Written before reading the parser or the earlier question files; gold answers from plain python (blind_gold.py
and the scene helpers of build_blind4.py). A question that says "every"/"all" is answered (a negated filter and
``not`` express it), so its gold is the careful answer, not refuse.

    python tests/data/paraphrases/blind/build_blind8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_blind4 as b4  # noqa: E402
from blind_gold import PEOPLE, NotUnique, build, n, yes  # noqa: E402
from build_blind4 import (  # noqa: E402
    B,
    F,
    L,
    R,
    bigger,
    cmp_cnt,
    cnt,
    diff_cnt,
    either_ex,
    ex,
    none_,
    not_cnt,
    num,
    ordq,
    ordv,
    qa,
    rel_cnt,
    rel_ex,
    rel_q,
    same_pair,
    union_cnt,
    vy,
)

SIZE_RANK = {"small": 0, "large": 1}
Q: list = []


# ---- extra gold helpers over a CLEVR view ---------------------------------------------------------------------
def cmp_name(a: dict, b: dict, smaller=False):
    """Which of the two (unique) objects is bigger (smaller): its name (the shape); equal sizes cannot be told apart."""

    def fn(s):
        i, j = s.the(**a), s.the(**b)
        ri, rj = SIZE_RANK[s.a(i, "size")], SIZE_RANK[s.a(j, "size")]
        if ri == rj or s.a(i, "shape") == s.a(j, "shape"):
            raise NotUnique("same size or same name")
        return s.a(i if (ri > rj) != smaller else j, "shape")

    return fn


def all_(attribute, value, **w):
    """Every object matching w has attribute == value (at least two such objects, so the question is real)."""

    def fn(s):
        found = s.f(**w)
        if len(found) < 2:
            raise NotUnique("too few for 'all'")
        return yes(all(s.a(i, attribute) == value for i in found))

    return fn


def same_set(attribute, k=None, **w):
    """All objects matching w share the attribute (at least two; exactly k when given)."""

    def fn(s):
        found = s.f(**w)
        if len(found) < 2 or (k is not None and len(found) != k):
            raise NotUnique("set size")
        return yes(len({s.a(i, attribute) for i in found}) == 1)

    return fn


def pair_rel(relation, a: dict, b: dict):
    """The unique object a is ``relation`` of the unique object b."""
    return lambda s: yes(s.the(**a) in s.rel(relation, s.the(**b)))


def rel_vy(relation, attribute, value, filt, **w):
    """The unique filt object that is ``relation`` of the unique w object has attribute == value."""
    get = rel_q(relation, attribute, filt, **w)
    return lambda s: yes(get(s) == value)


def is_bigger(a: dict, b: dict):
    return bigger(a, b)


# ---- photo helpers --------------------------------------------------------------------------------------------
def p_cnt(names, **want):
    return lambda s: n(s.f(names, **want))


def p_ex(names, **want):
    return lambda s: yes(bool(s.f(names, **want)))


def p_val(oid, attribute):
    return lambda s: s.value(oid, attribute)


def p_name(oid):
    return lambda s: s.name(oid)


def on_table_with(**want):
    return lambda s: yes(any(s.has(o, "on", "table") for o in s.f(None, **want)))


def p_nth(names, k, attribute):
    """The k-th object called one of names from the left (by box centre): its attribute (or name)."""

    def fn(s):
        o = s.by_x(s.f(names))[k - 1]
        return s.name(o) if attribute == "name" else s.value(o, attribute)

    return fn


def cmp_photo(s, a, b):
    return yes(len(s.f(a)) > len(s.f(b)))


# ---- question writers -----------------------------------------------------------------------------------------
def C(kind, text, fn, want=None, scene=None):
    Q.append((kind, scene, text, fn, want))


def P(kind, scene, text, fn):
    Q.append((kind, scene, text, fn, None))


def X(text, scene=None):
    """A question nsvr must refuse."""
    Q.append(("refuse", scene if scene is not None else 11, text, None, None))


NZ = {"1", "2", "3", "4", "5", "6", "7", "8", "9"}  # a count that is not zero
YES, NO = {"yes"}, {"no"}

# ---- (a) a visually impaired person with an assistant app -----------------------------------------------------
K = "assistive"
C(K, "How many things are in front of me right now?", cnt())
C(K, "Is there anything red in front of me?", ex(color="red"), YES)
C(K, "Is there anything purple in front of me?", ex(color="purple"), NO)
C(K, "What colour is the object that's closest to me?", ordq(F, 1, "color"))
C(K, "What shape is the thing nearest to me?", ordq(F, 1, "shape"))
C(K, "What is the object furthest away from me made of?", ordq(B, 1, "material"))
C(K, "Is the thing furthest from me big or small?", ordq(B, 1, "size"))
C(K, "I'm holding my phone up. How many balls can you see?", cnt(shape="sphere"), NZ)
C(K, "Can you tell me whether there's a metal cylinder anywhere?", ex(shape="cylinder", material="metal"))
C(K, "What's the thing on the far left?", ordq(L, 1, "shape"))
C(K, "What colour is the thing on the far right?", ordq(R, 1, "color"))
C(K, "Please read out how many yellow things there are.", cnt(color="yellow"))
C(K, "I can't see the screen. Are there any green objects?", ex(color="green"))
C(K, "Could you tell me the colour of the big cube?", qa("color", shape="cube", size="large"))
C(K, "My hand is on the small sphere. What colour is it?", qa("color", shape="sphere", size="small"))
C(K, "Is the cylinder I'm pointing the camera at made of metal?", vy("material", "metal", shape="cylinder"))
C(K, "What is to the left of the red cube?", rel_q(L, "shape", {}, color="red", shape="cube"))
C(K, "Describe the size of the gray sphere for me.", qa("size", color="gray", shape="sphere"))
C(K, "How many objects are behind the blue cylinder?", rel_cnt(B, {}, color="blue", shape="cylinder"))
C(
    K,
    "Is there something shiny to the right of the brown cube?",
    rel_ex(R, {"material": "metal"}, color="brown", shape="cube"),
)
P(K, "kitchen", "Is there anything red on the table?", on_table_with(color="red"))
P(K, "kitchen", "Is there anything yellow on the table?", on_table_with(color="yellow"))
P(K, "kitchen", "How many cups are on the table?", lambda s: n([c for c in s.f("cup") if s.has(c, "on", "table")]))
P(K, "kitchen", "What does the label on the bottle say?", p_val("bottle", "text"))
P(K, "kitchen", "What time does the clock show?", p_val("clock", "text"))
P(K, "kitchen", "What colour is the cup on the far left?", p_nth("cup", 1, "color"))
P(K, "street", "What does the sign say?", p_val("sign", "text"))
P(K, "street", "How many people can the camera see?", p_cnt(PEOPLE))
P(K, "street", "What colour is the bus?", p_val("bus", "color"))
P(K, "street", "Is there a dog near the woman?", lambda s: yes(s.has("dog", "near", "woman1")))
P(K, "park", "Is there a bench somewhere?", p_ex("bench"))
P(K, "park", "What colour is the bench?", p_val("bench", "color"))
P(K, "park", "Is the girl on the left or on the right?", p_val("girl", "hposition"))

# ---- (b) a factory quality inspector --------------------------------------------------------------------------
K = "inspector"
C(K, "Inspection report: total count of metal parts?", cnt(material="metal"), NZ)
C(
    K,
    "Unit check - is the large red cylinder rubber?",
    vy("material", "rubber", color="red", shape="cylinder", size="large"),
)
C(K, "How many small rubber spheres are on the line?", cnt(size="small", material="rubber", shape="sphere"))
C(K, "Confirm: no purple metal cubes present.", none_(color="purple", material="metal", shape="cube"))
C(K, "QC: material of the small green cylinder?", qa("material", size="small", color="green", shape="cylinder"))
C(K, "Are any large cyan items on the belt?", ex(size="large", color="cyan"))
C(K, "Every sphere in this batch should be metal. Is that the case?", all_("material", "metal", shape="sphere"))
C(K, "Are all the cubes made of rubber?", all_("material", "rubber", shape="cube"))
C(K, "Do all the cylinders have the same colour?", same_set("color", shape="cylinder"))
C(
    K,
    "Are the big cube and the small cylinder the same material?",
    same_pair("material", {"size": "large", "shape": "cube"}, {"size": "small", "shape": "cylinder"}),
)
C(K, "Count of parts that are not rubber?", not_cnt("material", "rubber"))
C(
    K,
    "Is the part to the left of the gray sphere metallic?",
    rel_vy(L, "material", "metal", {}, color="gray", shape="sphere"),
)
C(K, "How many units are positioned behind the blue cube?", rel_cnt(B, {}, color="blue", shape="cube"))
C(K, "Verify quantity: are there exactly five objects?", num("eq", 5), YES)
C(K, "Verify quantity: are there exactly six objects?", num("eq", 6), NO)
C(K, "Are there at least two yellow parts?", num("ge", 2, color="yellow"))
C(
    K,
    "Tally the cubes and cylinders separately and give me the difference.",
    diff_cnt({"shape": "cube"}, {"shape": "cylinder"}),
)
C(K, "Record the colour of the large metal sphere.", qa("color", size="large", material="metal", shape="sphere"))
C(K, "Log the shape of the only brown part.", qa("shape", color="brown"))
C(K, "What size is the purple component?", qa("size", color="purple"))
C(
    K,
    "Number of large items that are not cubes?",
    lambda s: n([i for i in s.f(size="large") if s.a(i, "shape") != "cube"]),
)
C(K, "Check the cyan piece: cube, sphere or cylinder?", qa("shape", color="cyan"))
C(
    K,
    "Is the yellow unit matte or glossy?",
    lambda s: {"rubber": "matte", "metal": "glossy"}[s.a(s.the(color="yellow"), "material")],
)
C(
    K,
    "Any metal cylinders in front of the large rubber cube?",
    rel_ex(F, {"material": "metal", "shape": "cylinder"}, size="large", material="rubber", shape="cube"),
)
C(K, "Are there more than three rubber parts?", num("gt", 3, material="rubber"))
C(K, "Fewer than two spheres in this lot?", num("lt", 2, shape="sphere"))
P(K, "kitchen", "Stock check: how many cups?", p_cnt("cup"))
P(K, "kitchen", "Is the fork metal?", lambda s: yes(s.value("fork", "material") == "metal"))
P(K, "kitchen", "What material is the table made of?", p_val("table", "material"))
P(K, "kitchen", "How many items are sitting on the table?", lambda s: n(s.subjects("on", "table")))
P(K, "shapes", "Count the small pieces on the board.", p_cnt(None, size="small"))
P(K, "shapes", "How many large pieces are on the board?", p_cnt(None, size="large"))

# ---- (c) a quiz-show host / puzzle book -----------------------------------------------------------------------
K = "quiz"
C(K, "For one point: how many cylinders can you count?", cnt(shape="cylinder"), NZ)
C(
    K,
    "Quick-fire round! What colour is the small metal sphere?",
    qa("color", size="small", material="metal", shape="sphere"),
)
C(K, "True or false: the large cube is made of metal.", vy("material", "metal", size="large", shape="cube"))
C(K, "True or false: there are more cubes than cylinders.", cmp_cnt("gt", {"shape": "cube"}, {"shape": "cylinder"}))
C(
    K,
    "Here's a tricky one: is there a sphere to the left of the brown cube?",
    rel_ex(L, {"shape": "sphere"}, color="brown", shape="cube"),
)
C(K, "Bonus question: how many objects are either red or blue?", union_cnt({"color": "red"}, {"color": "blue"}))
C(K, "Do the two cylinders have matching colours?", same_set("color", 2, shape="cylinder"))
C(K, "Observation test: how many things are small and shiny?", cnt(size="small", material="metal"))
C(K, "Cubes plus spheres - how many altogether?", union_cnt({"shape": "cube"}, {"shape": "sphere"}))
C(K, "Is it true that there are fewer spheres than cubes?", cmp_cnt("lt", {"shape": "sphere"}, {"shape": "cube"}))
C(K, "Final question: what shape is the only purple object?", qa("shape", color="purple"))
C(K, "For the jackpot, what material is the green sphere?", qa("material", color="green", shape="sphere"))
C(K, "Contestant, tell us: what colour is the second object from the left?", ordq(L, 2, "color"))
C(K, "Puzzle 4: which shape is furthest to the right?", ordq(R, 1, "shape"))
C(K, "Spot check: is the frontmost object a cube?", ordv(F, 1, "shape", "cube"))
C(K, "Name the colour of the object right at the back.", ordq(B, 1, "color"))
C(K, "How many objects are not cubes? Ten seconds on the clock!", not_cnt("shape", "cube"))
C(
    K,
    "Is there a red thing or a blue thing in the picture? Either counts.",
    either_ex({"color": "red"}, {"color": "blue"}),
)
C(K, "Are there as many metal objects as rubber ones?", cmp_cnt("eq", {"material": "metal"}, {"material": "rubber"}))
C(
    K,
    "Riddle me this: how many big things sit to the right of the small cylinder?",
    rel_cnt(R, {"size": "large"}, size="small", shape="cylinder"),
)
P(
    K,
    "street",
    "Picture round: what is the man on the right wearing?",
    lambda s: s.name(b4.one(s.objects_of(s.by_x(s.f("man"))[-1], "wearing"))),
)
P(K, "street", "Who is holding the dog?", lambda s: s.name(b4.one(s.subjects("holding", "dog"))))
P(K, "park", "What is the boy throwing?", lambda s: s.name(b4.one(s.objects_of("boy", "throwing"))))
P(K, "shapes", "Which shape is in the top right corner?", p_name("s3"))
P(K, "shapes", "How many red shapes are on the board?", p_cnt(None, color="red"))
P(
    K,
    "shapes",
    "Is the star bigger than the hexagon?",
    lambda s: yes(SIZE_RANK[s.value("s5", "size")] > SIZE_RANK[s.value("s6", "size")]),
)
P(K, "shapes", "What colour is the star?", p_val("s5", "color"))
P(K, "park", "How many dogs are in this picture?", p_cnt("dog"))

# ---- (d) hedges and self-corrections --------------------------------------------------------------------------
K = "hedged"
C(K, "How many cubes - sorry, spheres - are there?", cnt(shape="sphere"))
C(K, "I think there's a cylinder, is it metal?", vy("material", "metal", shape="cylinder"))
C(K, "Is the red, no, the blue cube shiny?", vy("material", "metal", color="blue", shape="cube"))
C(K, "Not sure if I'm seeing right, but is there a green sphere?", ex(color="green", shape="sphere"))
C(K, "I might be wrong, but is the small yellow thing a cube?", vy("shape", "cube", size="small", color="yellow"))
C(K, "What colour is the big cylinder - I mean the small one?", qa("color", size="small", shape="cylinder"))
C(K, "Are there two red objects? Or maybe three? How many exactly?", cnt(color="red"))
C(K, "Count the metal things, actually no, count the rubber ones.", cnt(material="rubber"))
C(K, "I guess the large sphere is gray? Is it?", vy("color", "gray", size="large", shape="sphere"))
C(K, "Is the cube left of the, hmm, the cylinder?", pair_rel(L, {"shape": "cube"}, {"shape": "cylinder"}))
C(
    K,
    "Maybe I'm confusing things, but are there more metal objects than rubber ones?",
    cmp_cnt("gt", {"material": "metal"}, {"material": "rubber"}),
)
C(K, "How many purple things... I mean brown things are there?", cnt(color="brown"))
C(K, "If I'm not mistaken the sphere is rubber - is it?", vy("material", "rubber", shape="sphere"))
C(K, "Is there a large cube? Probably not, but check.", ex(size="large", shape="cube"))
C(K, "What's the big metal thing made of - wait, what colour is it?", qa("color", size="large", material="metal"))
C(
    K,
    "Sorry, I meant: how many cylinders are behind the red sphere?",
    rel_cnt(B, {"shape": "cylinder"}, color="red", shape="sphere"),
)
C(
    K,
    "Hmm, is the small cube the same colour as the large cube, do you think?",
    same_pair("color", {"size": "small", "shape": "cube"}, {"size": "large", "shape": "cube"}),
)
C(K, "I believe there are some cyan objects. How many?", cnt(color="cyan"), NZ)
C(K, "Correction - not the sphere, the cylinder: what is it made of?", qa("material", shape="cylinder"))
C(K, "I'm fairly sure nothing is yellow here, am I right?", none_(color="yellow"))
P(K, "street", "Is that a dog near the woman? I think it is.", lambda s: yes(s.has("dog", "near", "woman1")))
P(K, "street", "The sign says stop, right?", lambda s: yes(s.value("sign", "text").lower() == "stop"))
P(K, "kitchen", "There are three cups, I think? How many are there really?", p_cnt("cup"))
P(K, "park", "Is the bike red, or was it blue?", p_val("bike", "color"))
P(K, "kitchen", "The bottle - sorry, the cup on the right - what colour is it?", p_nth("cup", 3, "color"))

# ---- (e) relative clauses and the passive voice ---------------------------------------------------------------
K = "clauses"
C(
    K,
    "Is the cube that is behind the sphere made of rubber?",
    rel_vy(B, "material", "rubber", {"shape": "cube"}, shape="sphere"),
)
C(
    K,
    "What colour is the cylinder that's in front of the big cube?",
    rel_q(F, "color", {"shape": "cylinder"}, size="large", shape="cube"),
)
C(
    K,
    "How many objects are placed to the left of the small red sphere?",
    rel_cnt(L, {}, size="small", color="red", shape="sphere"),
)
C(K, "Is anything positioned behind the yellow cylinder?", rel_ex(B, {}, color="yellow", shape="cylinder"))
C(K, "Which shape is the thing that is coloured cyan?", qa("shape", color="cyan"))
C(K, "Is the sphere which is made of metal large?", vy("size", "large", shape="sphere", material="metal"))
C(
    K,
    "How many of the objects that are to the right of the brown cube are spheres?",
    rel_cnt(R, {"shape": "sphere"}, color="brown", shape="cube"),
)
C(
    K,
    "Are any cylinders that are made of rubber located in front of the blue sphere?",
    rel_ex(F, {"shape": "cylinder", "material": "rubber"}, color="blue", shape="sphere"),
)
C(
    K,
    "Is the large thing that's behind the small cylinder a cube?",
    rel_vy(B, "shape", "cube", {"size": "large"}, size="small", shape="cylinder"),
)
C(K, "Can a sphere be seen to the right of the gray cube?", rel_ex(R, {"shape": "sphere"}, color="gray", shape="cube"))
C(K, "Are there cubes that are both small and metal?", ex(shape="cube", size="small", material="metal"))
C(K, "How many things that aren't spheres are there?", not_cnt("shape", "sphere"))
C(K, "What is the sphere that is made of rubber coloured?", qa("color", shape="sphere", material="rubber"))
C(
    K,
    "Is the object that is left of the green cube a cylinder?",
    rel_vy(L, "shape", "cylinder", {}, color="green", shape="cube"),
)
C(
    K,
    "What material is the small thing that sits in front of the purple object made of?",
    rel_q(F, "material", {"size": "small"}, color="purple"),
)
C(
    K,
    "How many cylinders are found behind the large sphere?",
    rel_cnt(B, {"shape": "cylinder"}, size="large", shape="sphere"),
)
C(
    K,
    "Is there a cube which is bigger than the red sphere?",
    lambda s: yes(s.a(s.the(color="red", shape="sphere"), "size") == "small" and bool(s.f(shape="cube", size="large"))),
)
C(K, "Are the spheres that are metal all the same colour?", same_set("color", shape="sphere", material="metal"))
C(
    K,
    "How many metal things are there that are not cubes?",
    lambda s: n([i for i in s.f(material="metal") if s.a(i, "shape") != "cube"]),
)
C(
    K,
    "What colour is the big object that the small sphere is in front of?",
    rel_q(B, "color", {"size": "large"}, size="small", shape="sphere"),
)
C(
    K,
    "Is the cylinder that is to the right of the cyan object made of metal?",
    rel_vy(R, "material", "metal", {"shape": "cylinder"}, color="cyan"),
)
C(K, "How many spheres are there that are not red?", not_cnt("color", "red", shape="sphere"))
P(
    K,
    "street",
    "Is the tie that is worn by the man on the left red?",
    lambda s: yes(s.value(b4.one(s.objects_of(s.by_x(s.f("man"))[0], "wearing")), "color") == "red"),
)
P(K, "street", "What is being held by the woman?", lambda s: s.name(b4.one(s.objects_of("woman1", "holding"))))
P(
    K,
    "kitchen",
    "What colour is the cup that sits to the right of the bottle?",
    lambda s: s.value(b4.one([c for c in s.subjects("right", "bottle") if s.name(c) == "cup"]), "color"),
)
P(K, "kitchen", "Which object is the clock hung above?", lambda s: s.name(b4.one(s.objects_of("clock", "above"))))
P(K, "park", "What is the frisbee that is being thrown by the boy coloured?", p_val("frisbee", "color"))
P(
    K,
    "street",
    "Is the car that is parked to the left of the bus white?",
    lambda s: yes(s.value("car", "color") == "white"),
)
P(
    K,
    "park",
    "Which colour is the dog that is held by a woman?",
    lambda s: s.value(b4.one([d for d in s.f("dog") if s.subjects("holding", d)]), "color"),
)

# ---- (f) comparatives in everyday form ------------------------------------------------------------------------
K = "comparative"
C(
    K,
    "Which is bigger, the red cube or the yellow sphere?",
    cmp_name({"color": "red", "shape": "cube"}, {"color": "yellow", "shape": "sphere"}),
)
C(
    K,
    "Which one is larger: the gray cylinder or the yellow cube?",
    cmp_name({"color": "gray", "shape": "cylinder"}, {"color": "yellow", "shape": "cube"}),
)
C(K, "Is the cylinder bigger than the sphere?", is_bigger({"shape": "cylinder"}, {"shape": "sphere"}))
C(
    K,
    "Is the metal cube smaller than the rubber sphere?",
    is_bigger({"material": "rubber", "shape": "sphere"}, {"material": "metal", "shape": "cube"}),
)
C(K, "Do cubes outnumber cylinders here?", cmp_cnt("gt", {"shape": "cube"}, {"shape": "cylinder"}))
C(
    K,
    "Is the number of red things the same as the number of blue things?",
    cmp_cnt("eq", {"color": "red"}, {"color": "blue"}),
)
C(K, "Is the cube further left than the sphere?", pair_rel(L, {"shape": "cube"}, {"shape": "sphere"}))
C(
    K,
    "Is the yellow sphere closer to the camera than the gray cylinder?",
    pair_rel(F, {"color": "yellow", "shape": "sphere"}, {"color": "gray", "shape": "cylinder"}),
)
C(
    K,
    "Is the big cylinder the same colour as the small cube?",
    same_pair("color", {"size": "large", "shape": "cylinder"}, {"size": "small", "shape": "cube"}),
)
C(K, "Are there fewer metal things than rubber things?", cmp_cnt("lt", {"material": "metal"}, {"material": "rubber"}))
C(K, "How many more cubes than spheres are there?", diff_cnt({"shape": "cube"}, {"shape": "sphere"}))
C(K, "Is the green thing bigger than the purple thing?", is_bigger({"color": "green"}, {"color": "purple"}))
C(K, "Is the brown object the same size as the cyan object?", same_pair("size", {"color": "brown"}, {"color": "cyan"}))
C(
    K,
    "Is the red sphere made of the same stuff as the blue cylinder?",
    same_pair("material", {"color": "red", "shape": "sphere"}, {"color": "blue", "shape": "cylinder"}),
)
C(
    K,
    "Is the small sphere further back than the large cube?",
    pair_rel(B, {"size": "small", "shape": "sphere"}, {"size": "large", "shape": "cube"}),
)
C(K, "Are there more big things than small things?", cmp_cnt("gt", {"size": "large"}, {"size": "small"}))
C(
    K,
    "Is the large metal object bigger than the small rubber object?",
    is_bigger({"size": "large", "material": "metal"}, {"size": "small", "material": "rubber"}),
)
C(
    K,
    "Which is smaller, the green cylinder or the yellow sphere?",
    cmp_name({"color": "green", "shape": "cylinder"}, {"color": "yellow", "shape": "sphere"}, smaller=True),
)
C(
    K,
    "Are spheres less common than cylinders in this picture?",
    cmp_cnt("lt", {"shape": "sphere"}, {"shape": "cylinder"}),
)
C(
    K,
    "Is the brown cube nearer to the camera than the cyan sphere?",
    pair_rel(F, {"color": "brown", "shape": "cube"}, {"color": "cyan", "shape": "sphere"}),
)
P(
    K,
    "shapes",
    "Is the red circle bigger than the blue square?",
    lambda s: yes(s.value("s1", "size") == "large" and s.value("s2", "size") == "small"),
)
P(K, "park", "Are there more women than men in the park?", lambda s: cmp_photo(s, "woman", "man"))
P(K, "kitchen", "Are there as many cups as plates?", lambda s: yes(len(s.f("cup")) == len(s.f("plate"))))
P(K, "street", "Are there more men than women?", lambda s: cmp_photo(s, "man", "woman"))
P(K, "park", "Are there fewer dogs than trees?", lambda s: yes(len(s.f("dog")) < len(s.f("tree"))))


# ---- (g) mixed spellings and casual abbreviations -------------------------------------------------------------
K = "casual"
C(K, "whats the colour of the grey ball pls", qa("color", color="gray", shape="sphere"))
C(K, "how many metallic objs r there", cnt(material="metal"))
C(K, "any grey cubes?? thx", ex(color="gray", shape="cube"))
C(K, "colour of the big rubber cube pls", qa("color", size="large", material="rubber", shape="cube"))
C(K, "no. of yellow cubes?", cnt(color="yellow", shape="cube"))
C(K, "wat colour is the tiny ball", qa("color", size="small", shape="sphere"))
C(K, "is the lil cylinder metal or rubber", qa("material", size="small", shape="cylinder"))
C(K, "gonna need a count of the blue stuff", cnt(color="blue"))
C(K, "btw is there a brown cube behind the cyan thing?", rel_ex(B, {"color": "brown", "shape": "cube"}, color="cyan"))
C(K, "hw many cylinders r left of the red cube", rel_cnt(L, {"shape": "cylinder"}, color="red", shape="cube"))
C(
    K,
    "is the grey sphere the same colour as the gray cube",
    same_pair("color", {"color": "gray", "shape": "sphere"}, {"color": "gray", "shape": "cube"}),
)
C(K, "Colour check: what color is the metal cylinder?", qa("color", material="metal", shape="cylinder"))
C(K, "r there more balls than blocks", cmp_cnt("gt", {"shape": "sphere"}, {"shape": "cube"}))
C(K, "tot. number of objects?", cnt())
C(K, "whats the big cyan thing made of", qa("material", size="large", color="cyan"))
C(K, "how many grey things in total", cnt(color="gray"))
C(K, "is there a purple ball? y/n", ex(color="purple", shape="sphere"))
C(K, "green cube - big or small?", qa("size", color="green", shape="cube"))
C(K, "whats in front of the gray cyl", rel_q(F, "shape", {}, color="gray", shape="cylinder"))
C(K, "metal spheres - how many, approx?", cnt(material="metal", shape="sphere"))
C(K, "is the colour of the big sphere grey or brown", qa("color", size="large", shape="sphere"), {"gray", "brown"})
C(K, "do u see any red cylinders", ex(color="red", shape="cylinder"))
C(K, "the shiny cube, whats its colour?", qa("color", material="metal", shape="cube"))
C(K, "pls count the matte spheres", cnt(material="rubber", shape="sphere"))
P(K, "street", "whats written on the bus lol", p_val("bus", "text"))
P(K, "kitchen", "does the bottle say agua?", lambda s: yes(s.value("bottle", "text").lower() == "agua"))
P(K, "park", "hw many ppl in the park", p_cnt(PEOPLE))
P(K, "kitchen", "the clock - what time's it say?", p_val("clock", "text"))
P(
    K,
    "street",
    "wot colour's the tie on the bloke on the right",
    lambda s: s.value(b4.one(s.objects_of(s.by_x(s.f("man"))[-1], "wearing")), "color"),
)
P(K, "shapes", "how many blue shapes r there", p_cnt(None, color="blue"))
P(K, "street", "whats the leftmost person wearing colour-wise", p_nth(PEOPLE, 1, "color"))
P(K, "park", "2nd person from the left - boy or girl?", p_nth(PEOPLE, 2, "name"))

# ---- a few more, one per voice --------------------------------------------------------------------------------
P(
    "assistive",
    "street",
    "Is there any writing that says no parking?",
    lambda s: yes(any((o.get("text") or "").lower() == "no parking" for o in s.raw["objects"])),
)
P("assistive", "street", "Which person is standing in the middle?", p_nth(PEOPLE, 2, "name"))
C("assistive", "What's the second closest thing to me?", ordq(F, 2, "shape"))
P(
    "assistive",
    "park",
    "Is the person on the far right a girl?",
    lambda s: yes(s.name(s.by_x(s.f(PEOPLE))[-1]) == "girl"),
)
C(
    "inspector",
    "How many cubes are either small or made of metal?",
    lambda s: n([i for i in s.f(shape="cube") if s.a(i, "size") == "small" or s.a(i, "material") == "metal"]),
)
C("quiz", "Two points: what colour is the third object from the right?", ordq(R, 3, "color"))
C("hedged", "How many small things, well, small cubes, are there?", cnt(size="small", shape="cube"))
C(
    "clauses",
    "How many spheres are located to the left of the cylinder that is metal?",
    rel_cnt(L, {"shape": "sphere"}, shape="cylinder", material="metal"),
)
P("casual", "shapes", "wheres the star, left right or middle?", p_val("s5", "hposition"))
C(
    "comparative",
    "Is the gray cube bigger than the purple sphere or not?",
    is_bigger({"color": "gray", "shape": "cube"}, {"color": "purple", "shape": "sphere"}),
)

# ---- (h) questions nsvr's steps cannot answer (gold: refuse) --------------------------------------------------
X("Why is the red cube next to the sphere?")
X("Which of these objects is the prettiest?")
X("How many objects are outside the picture?")
X("What is the most common colour among the objects?")
X("Spot the odd one out!")
X("Which object doesn't belong with the others?")
X("Is the big sphere hollow?")
X("How heavy is the large metal cylinder in grams?")
X("Who arranged these objects?")
X("What will happen if I push the small cube?")
X("How many objects were here yesterday?")
X("What is hidden underneath the big cube?")
X("Which object would you pick up first, and why?")
X("How far apart are the two spheres in centimetres?")
X("Is the floor made of wood or concrete?")
X("Does every cube have a sphere right next to it?")
X("What colour is the back side of the cylinder?")
X("How many more objects would fit on the floor?")
X("Do you like the purple one?")
X("Is this picture a photo or a computer render?")
X("What temperature is the metal sphere?")
X("Which object was placed last?")
X("How many colours are used in total?")
X("Are the objects arranged in a circle?")
X("Which shape appears most often?")
X("Is the light coming from the left?")
P("refuse", "street", "Is it safe for me to cross the street now?", None)
P("refuse", "street", "Why is the woman standing in front of the bus?", None)
P("refuse", "street", "How many passengers are on the bus?", None)
P("refuse", "street", "What does the woman think about the dog?", None)
P("refuse", "kitchen", "What time will it be in two hours?", None)
P("refuse", "kitchen", "What is in the blue cup?", None)
P("refuse", "kitchen", "Is the woman hungry?", None)
P("refuse", "park", "Is the dog friendly?", None)
P("refuse", "park", "How old is the girl?", None)
P("refuse", "park", "Who owns the bicycle?", None)
P("refuse", "shapes", "Which shape is the odd one out?", None)
P("refuse", "shapes", "What do all these shapes have in common?", None)


if __name__ == "__main__":
    build(b4.place(Q), Path(__file__).resolve().parents[1] / "blind8.jsonl")
