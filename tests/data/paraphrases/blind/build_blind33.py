# ruff: noqa: E501
"""Blind paraphrase set 33: the voice of multimodal-LLM benchmarks and evaluation harnesses. The questions are worded
as the prompt templates people copy from MME ("... Please answer yes or no."), POPE ("Is there a X in the image?",
balanced, with absent objects), MMBench and SEED-Bench (a question, lettered options on their own lines or inline,
"Answer with the option's letter from the given choices directly.", hints and a context line before the question),
LLaVA and VQAv2-eval suffixes ("Answer the question using a single word or phrase.", "Respond with only a number."),
CV-Bench, What'sUp and BLINK spatial and depth templates ("Considering the relative positions of ...", "Which object
is closer to the camera taking this photo, ...?", "Select from the following choices."), VSR-style claims to check
("... Is this statement true or false?", "Is the following caption correct?"), and MM-Vet and GQA-eval short open
questions, wrapped in system-prompt lead-ins, "<image>" tokens, "USER: ... ASSISTANT:" chat turns, "Q: ... A:" and
markdown. Whatever the options' letters, a gold answer is the value itself (a number, yes/no, a colour, a shape, a
material, a name, a side); true/false claims are answered yes/no. Counting, existence, attributes, comparisons of
counts and attributes, spatial relations, depth order, superlatives and a tenth of questions the scene data cannot
answer (weight, brand, feelings, intentions, time, hidden sides, text nobody carries, counterfactual physics), with
an ordinary typo in about one question in twelve. Written without reading the parser, the planners, the grammar or
any other set but the twenty-third (read for the file format and the helper conventions only); held back to be run
once, at the end.

Run ``python build_blind33.py`` to write ``../blind33.jsonl``; ``--check`` also runs every gold program with nsvr.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_gold import PEOPLE, Clevr, NotUnique, Photo, n, question_recorder, write_set, yes  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "blind33.jsonl"
Q, C, P, X = question_recorder()

# A careful person must be able to call an order from the picture: two objects must lie at least TIE scene units
# apart along the axis asked about, and the picture must agree (PIXELS apart across the image for left and right,
# DEPTH units apart from the camera for front and behind, in the same order). A nearest object must be nearer than
# the runner-up by NEAR_RATIO, on the ground and in the picture alike.
TIE = 0.3
PIXELS = 12
DEPTH = 0.4
NEAR_RATIO = 1.25


# --- plain-Python helpers (no nsvr) ------------------------------------------------------------------------------
def along(s: Clevr, i: int, side: str) -> float:
    return sum(p * d for p, d in zip(s.objects[i]["3d_coords"], s.raw["directions"][side], strict=True))


def seen_more(s: Clevr, a: int, b: int, side: str) -> float:
    """How much further towards ``side`` object a looks than b in the picture (pixels across, or camera depth)."""
    pa, pb = s.objects[a]["pixel_coords"], s.objects[b]["pixel_coords"]
    return {"left": pb[0] - pa[0], "right": pa[0] - pb[0], "front": pb[2] - pa[2], "behind": pa[2] - pb[2]}[side]


def clear(s: Clevr, a: int, b: int, side: str) -> bool:
    """Whether a is further towards ``side`` than b (NotUnique when a careful person could not call it)."""
    ahead = along(s, a, side) - along(s, b, side)
    seen = seen_more(s, a, b, side)
    margin = PIXELS if side in {"left", "right"} else DEPTH
    if abs(ahead) < TIE or abs(seen) < margin or (ahead > 0) != (seen > 0):
        raise NotUnique(f"objects {a} and {b} too close to call ({side})")
    return ahead > 0


def nth(s: Clevr, ids: list[int], side: str, k: int = 1) -> int:
    """The k-th of ids counted from ``side``; NotUnique when a neighbour in that order is too close to call."""
    order = sorted(ids, key=lambda i: -along(s, i, side))
    if len(order) < k:
        raise NotUnique(f"only {len(order)} objects")
    for j in (k - 2, k):
        if 0 <= j < len(order):
            clear(s, order[k - 1], order[j], side)
    return order[k - 1]


def middle(s: Clevr, ids: list[int]) -> int:
    if len(ids) % 2 == 0:
        raise NotUnique("no middle one")
    return nth(s, ids, "left", (len(ids) + 1) // 2)


def related(s: Clevr, relation: str, anchor: int) -> list[int]:
    """The objects ``relation`` of the anchor; NotUnique when any object's side of it is too close to call."""
    for j in s.all():
        if j != anchor:
            clear(s, j, anchor, relation)
    return s.rel(relation, anchor)


def is_rel(s: Clevr, target: int, relation: str, anchor: int) -> str:
    """yes/no: the target is ``relation`` of the anchor (checked against the released relationships)."""
    found = clear(s, target, anchor, relation)
    if found != (target in s.rel(relation, anchor)):
        raise NotUnique("the relationships disagree with the coordinates")
    return yes(found)


def side_word(s: Clevr, target: int, anchor: int, sides: tuple[str, str]) -> str:
    """Which of the two opposite sides the target is of the anchor."""
    return sides[0] if is_rel(s, target, sides[0], anchor) == "yes" else sides[1]


def nearest(s: Clevr, ids: list[int], anchor: int, farthest: bool = False) -> int:
    """The object of ids (not the anchor) nearest to (farthest from) the anchor, clearly so on the ground and in
    the picture."""
    here = s.objects[anchor]["3d_coords"]
    dist = {i: math.dist(s.objects[i]["3d_coords"], here) for i in ids if i != anchor}
    order = sorted(dist, key=lambda i: dist[i], reverse=farthest)
    if not order:
        raise NotUnique("nothing to measure")
    if len(order) > 1:
        near, far = sorted((dist[order[0]], dist[order[1]]))
        if far < NEAR_RATIO * near:
            raise NotUnique("about equally far")
    pix = s.objects[anchor]["pixel_coords"][:2]
    on_image = {i: math.dist(s.objects[i]["pixel_coords"][:2], pix) for i in dist}
    pick = max(on_image, key=on_image.__getitem__) if farthest else min(on_image, key=on_image.__getitem__)
    if pick != order[0]:
        raise NotUnique("the picture disagrees")
    return order[0]


def most_common(values) -> str:
    tally = Counter(values).most_common()
    if len(tally) > 1 and tally[0][1] == tally[1][1]:
        raise NotUnique(f"tie {tally[:2]}")
    return tally[0][0]


def listed(values) -> str:
    """Values most frequent first, ties alphabetical, joined by commas."""
    tally = Counter(values)
    return ", ".join(v for v, _ in sorted(tally.items(), key=lambda item: (-item[1], item[0])))


def same_value(s: Clevr, ids: list[int], attribute: str) -> str:
    if len(ids) < 2:
        raise NotUnique(f"{len(ids)} objects to compare")
    return yes(len({s.a(i, attribute) for i in ids}) == 1)


def bigger(s: Clevr, a: int, b: int) -> str:
    """yes/no: a is larger than b (NotUnique when they are one size)."""
    if s.a(a, "size") == s.a(b, "size"):
        raise NotUnique("one size")
    return yes(s.a(a, "size") == "large")


def none_lacking(s: Clevr, ids: list[int], **want) -> str:
    """yes/no: every object of ids (at least one) has every given value."""
    if not ids:
        raise NotUnique("nothing to check")
    return yes(all(s.a(i, k) == v for i in ids for k, v in want.items()))


def people(p: Photo) -> list[str]:
    return [o for o in p.objects if p.name(o) in PEOPLE]


def centre_x(p: Photo, oid: str) -> float:
    return (p.objects[oid]["box"][0] + p.objects[oid]["box"][2]) / 2


def side_of(p: Photo, ids: list[str], side: str, k: int = 1) -> str:
    """The k-th of ids from the left or the right (box centres, neighbours at least 40 pixels apart)."""
    order = p.by_x(ids)
    if side == "right":
        order = order[::-1]
    here = centre_x(p, order[k - 1])
    if any(abs(centre_x(p, order[j]) - here) < 40 for j in (k - 2, k) if 0 <= j < len(order)):
        raise NotUnique("too close to call")
    return order[k - 1]


def only(items: list):
    if len(items) != 1:
        raise NotUnique(str(items))
    return items[0]


# --- the harness templates ----------------------------------------------------------------------------------------
LETTERS = "ABCDEFGH"
LETTER_ONLY = "Answer with the option's letter from the given choices directly."


def lettered(options: list[str]) -> list[tuple[str, str]]:
    return [(LETTERS[i], option) for i, option in enumerate(options)]


def mmbench(question: str, options: list[str], context: str | None = None) -> str:
    lines = [] if context is None else [f"Context: {context}"]
    lines += [f"Question: {question}", "Options:"]
    lines += [f"{letter}. {option}" for letter, option in lettered(options)]
    return "\n".join([*lines, LETTER_ONLY])


def in_context(context: str):
    """The MMBench template with a context line before the question."""

    def style(question: str, options: list[str]) -> str:
        return mmbench(question, options, context)

    return style


def seed(question: str, options: list[str]) -> str:
    return "\n".join([question, *(f"{letter}. {option}" for letter, option in lettered(options)), LETTER_ONLY])


def inline(question: str, options: list[str]) -> str:
    return question + " " + " ".join(f"({letter}) {option}" for letter, option in lettered(options))


def hint(question: str, options: list[str]) -> str:
    head = "Hint: Please answer the question and provide the correct option letter, e.g., A, B, C, D, at the end."
    body = "\n".join(f"({letter}) {option}" for letter, option in lettered(options))
    return f"{head}\nQuestion: {question}\nChoices:\n{body}"


def cvbench(question: str, options: list[str]) -> str:
    body = "\n".join(f"({letter}) {option}" for letter, option in lettered(options))
    return f"{question} Select from the following choices.\n{body}"


def listed_choices(question: str, options: list[str]) -> str:
    return f"{question}\nChoices: " + ", ".join(options) + "\nAnswer:"


def offered(value: str, options: list[str]) -> str:
    """The answer, which must be one of the options offered (or a word of one)."""
    if not any(value == o or value in o.replace(",", " ").split() for o in options):
        raise NotUnique(f"answer {value!r} is not among the options {options}")
    return value


def M(kind, scene, style, question: str, options: list[str], gold: str, fn) -> None:
    """A multiple-choice question in one of the harness styles; its gold answer is the value, not the letter."""
    record = C if isinstance(scene, int) else P
    record(kind, scene, style(question, options), gold, lambda view: offered(fn(view), options))


# =================================================================================================================
# CLEVR scenes
# =================================================================================================================

# scene 0: small yellow rubber sph, large blue metal sph, large green rubber cyl
C(
    "exist",
    0,
    "Is there a green cylinder in this image? Please answer yes or no.",
    "exist(f(sel(cylinder), color=green))",
    lambda s: yes(bool(s.f(shape="cylinder", color="green"))),
)
M(
    "count",
    0,
    mmbench,
    "How many spheres are there?",
    ["1", "2", "3", "4"],
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
X(0, "How much does the big blue ball weigh in grams? Respond with only a number.")

# scene 1: large purple rubber cube, large gray rubber cube, small blue metal cyl, small blue rubber cyl, small brown metal sph
C(
    "attribute",
    1,
    "USER: <image>\nWhat is the brown ball made of? Answer the question using a single word or phrase. ASSISTANT:",
    "q(u(f(sel(sphere), color=brown)), material)",
    lambda s: s.a(s.the(shape="sphere", color="brown"), "material"),
)
C(
    "compare_count",
    1,
    "Are there exactly as many cubes as cylinders in the imgae? Please answer yes or no.",  # typo
    "eq(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) == len(s.f(shape="cylinder"))),
)
C(
    "superlative",
    1,
    "Which object is closest to the camera taking this photo? Answer with its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)

# scene 2: large green metal cube, small gray metal cyl, large cyan rubber cyl
C(
    "count",
    2,
    "Q: How many cylinders are in the picture?\nA:",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
M(
    "spatial",
    2,
    cvbench,
    "Considering the relative positions of the green cube and the gray cylinder in the image provided, where is the gray cylinder located with respect to the green cube?",
    ["left", "right"],
    "choose_rel(u(f(sel(cylinder), color=gray)), [left, right], role=object, name=cube)",
    lambda s: side_word(s, s.the(shape="cylinder", color="gray"), s.the(shape="cube"), ("left", "right")),
)
X(2, "<image>\nWhat is written on the bottom of the green cube? Answer the question using a single word or phrase.")

# scene 3: small red metal sph, small purple metal cube, large red rubber cyl, large purple rubber cyl, small red metal cyl
C(
    "count",
    3,
    "<image>\nHow many red objects are there?\nAnswer the question using a single word or phrase.",
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)
C(
    "spatial",
    3,
    "The purple cube is in front of the large red cylinder. Is this statement true or false?",
    "exist(f(rel(u(f(sel(cylinder), size=large, color=red)), front), color=purple, shape=cube))",
    lambda s: is_rel(
        s, s.the(shape="cube", color="purple"), "front", s.the(shape="cylinder", size="large", color="red")
    ),
)
X(3, "Which of the two big cylinders is heavier? Answer with its colour.")

# scene 4: small red rubber cyl, small green rubber cyl, small brown rubber sph, small yellow metal sph, small yellow rubber cyl, small purple metal cyl, small purple rubber sph, small yellow rubber sph, large blue metal sph
M(
    "compare_count",
    4,
    inline,
    "Are there more spheres than cylinders?",
    ["yes", "no"],
    "gt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) > len(s.f(shape="cylinder"))),
)
C(
    "count",
    4,
    "You are a helpful assistant. Look at the image and answer: how many yellow things are made of rubber?",
    "count(f(scene(), color=yellow, material=rubber))",
    lambda s: n(s.f(color="yellow", material="rubber")),
)
C(
    "negation",
    4,
    "How many of the small objects are not yellow? Answer with a single number.",
    "count(fn(f(scene(), size=small), color=yellow))",
    lambda s: n([i for i in s.f(size="small") if s.a(i, "color") != "yellow"]),
)

# scene 5: small cyan metal sph, large purple rubber sph, large brown metal sph, small purple rubber sph, small red rubber cube, large brown metal cube, large blue rubber cube, small green rubber cyl
M(
    "attribute",
    5,
    mmbench,
    "What is the shape of the green object?",
    ["cube", "sphere", "cylinder"],
    "q(u(f(scene(), color=green)), shape)",
    lambda s: s.a(s.the(color="green"), "shape"),
)
C(
    "compare_attr",
    5,
    "Are the big brown ball and the big brown block made of the same material? Please answer yes or no.",
    "same(u(f(sel(sphere), size=large, color=brown)), u(f(sel(cube), size=large, color=brown)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", size="large", color="brown"), "material")
        == s.a(s.the(shape="cube", size="large", color="brown"), "material")
    ),
)
C(
    "superlative",
    5,
    "What colour is the object that is farthest from the camera? Answer briefly.",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "number",
    5,
    "Q: How many more spheres than cubes are there?\nA:",
    "sub(count(sel(sphere)), count(sel(cube)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cube"))),
)

# scene 6: small purple rubber sph, large red rubber cyl, small brown rubber sph, large purple rubber cyl, small red metal cube, small blue metal cube, large red rubber sph, large gray rubber sph
C(
    "exist",
    6,
    "Is there a gray sphere in the image?",
    "exist(f(sel(sphere), color=gray))",
    lambda s: yes(bool(s.f(shape="sphere", color="gray"))),
)
C(
    "superlative",
    6,
    "Wich color is the leftmost object?\nAnswer the question using a single word or phrase.",  # typo
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)
X(6, "Which of the balls would bounce the highest if it were dropped onto the floor?")

# scene 7: small gray metal cyl, large purple rubber sph, large red rubber cube, small gray metal cube, large brown metal cube, small purple metal cyl, small cyan rubber cyl, small blue rubber cyl, large cyan rubber cyl, large yellow metal cube
M(
    "count",
    7,
    seed,
    "How many cylinders are in the image?",
    ["3", "4", "5", "6"],
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_attr",
    7,
    "Are the small gray cylinder and the small gray cube made of the same material? Answer yes or no.",
    "same(u(f(sel(cylinder), size=small, color=gray)), u(f(sel(cube), size=small, color=gray)), material)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", color="gray"), "material") == s.a(s.the(shape="cube", color="gray"), "material")
    ),
)
C(
    "negation",
    7,
    "How many objects are not cylinders? Respond with a number only.",
    "count(fn(scene(), shape=cylinder))",
    lambda s: n([i for i in s.all() if s.a(i, "shape") != "cylinder"]),
)
C(
    "exist",
    7,
    "Is there a green object in the image?",
    "exist(f(scene(), color=green))",
    lambda s: yes(bool(s.f(color="green"))),
)

# scene 8: large gray rubber cyl, small gray rubber cube, small purple metal cyl, small cyan metal cube, small brown rubber cube, large purple metal sph, small yellow rubber cyl, small yellow metal cube
C(
    "attribute",
    8,
    "You are a helpful assistant. Look at the image and answer: what colour is the sphere?",
    "q(u(sel(sphere)), color)",
    lambda s: s.a(s.the(shape="sphere"), "color"),
)
C(
    "quantifier",
    8,
    "Are all of teh cubes small? Please answer yes or no.",  # typo
    "not_(exist(fn(sel(cube), size=small)))",
    lambda s: none_lacking(s, s.f(shape="cube"), size="small"),
)
C("count", 8, "Q: How many cubes can be seen?\nA:", "count(sel(cube))", lambda s: n(s.f(shape="cube")))

# scene 9: small gray rubber cube, large gray rubber cyl, small blue metal sph, large brown rubber sph, small gray rubber cyl, large purple metal cube, large green rubber cyl, large green metal sph
C(
    "exist",
    9,
    "Is there a yellow object in the image?",
    "exist(f(scene(), color=yellow))",
    lambda s: yes(bool(s.f(color="yellow"))),
)
M(
    "spatial",
    9,
    cvbench,
    "Where is the blue sphere located with respect to the brown sphere?",
    ["left", "right"],
    "choose_rel(u(f(sel(sphere), color=blue)), [left, right], role=object, name=sphere)",
    lambda s: side_word(
        s, s.the(shape="sphere", color="blue"), s.the(shape="sphere", color="brown"), ("left", "right")
    ),
)
C(
    "chain",
    9,
    "[INST] <image>\nWhat is the colour of the object closest to the large purple cube? [/INST]",
    "q(closest(scene(), u(f(sel(cube), size=large, color=purple))), color)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cube", size="large", color="purple")), "color"),
)

# scene 10: small red rubber cyl, large purple metal sph, large green metal cyl, large gray metal cyl, small gray rubber cube, large red rubber sph
C(
    "count",
    10,
    "How many large metal objects are there? Answer briefly.",
    "count(f(scene(), size=large, material=metal))",
    lambda s: n(s.f(size="large", material="metal")),
)
C(
    "spatial",
    10,
    "Which object is closer to the camera taking this photo, the green cylinder or the gray cylinder? Answer with the colour.",
    "q(ord(union(u(f(sel(cylinder), color=green)), u(f(sel(cylinder), color=gray))), front, 1), color)",
    lambda s: s.a(
        nth(s, [s.the(shape="cylinder", color="green"), s.the(shape="cylinder", color="gray")], "front"), "color"
    ),
)
X(10, "What brand of paint was used on the big red ball?")

# scene 11: small brown metal cyl, large yellow metal sph, small green metal cube, small brown rubber sph, small gray metal cyl, small green rubber sph, large blue metal cube, large brown rubber sph, large brown metal cyl, small purple rubber sph
C(
    "list",
    11,
    "List the colours of the spehres in the image, separated by commas.",  # typo
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)
C(
    "verify",
    11,
    "Is the blue cube large? Please answer yes or no.",
    "verify(u(f(sel(cube), color=blue)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="blue"), "size") == "large"),
)
C(
    "superlative",
    11,
    "Which object is farthest from the camera? Answer with its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 12: small blue metal cube, small green rubber sph, large gray rubber sph, small cyan metal cyl, small gray rubber sph, small green rubber cyl, small red metal cube, small gray metal cube
C(
    "count",
    12,
    "How many grey objects are in the image?",
    "count(f(scene(), color=gray))",
    lambda s: n(s.f(color="gray")),
)
C(
    "compare_count",
    12,
    "Are there fewer cylinders than cubes? Please answer yes or no.",
    "lt(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) < len(s.f(shape="cube"))),
)
C(
    "spatial",
    12,
    "Is the following caption correct? 'The red cube is to the right of the blue cube.' Answer yes or no.",
    "exist(f(rel(u(f(sel(cube), color=blue)), right), color=red, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="red"), "right", s.the(shape="cube", color="blue")),
)
C(
    "spatial",
    12,
    "How many things are behind the small gray sphere? Respond with only a number.",
    "count(rel(u(f(sel(sphere), size=small, color=gray)), behind))",
    lambda s: n(related(s, "behind", s.the(shape="sphere", size="small", color="gray"))),
)

# scene 13: small red rubber cube, large cyan rubber cyl, small purple rubber cyl, small gray metal sph, small cyan rubber sph, small red rubber sph, large red metal cube
C(
    "attribute",
    13,
    "What material is the large cube? Answer the question using a single word or phrase.",
    "q(u(f(sel(cube), size=large)), material)",
    lambda s: s.a(s.the(shape="cube", size="large"), "material"),
)
C(
    "exist",
    13,
    "Is there a purple sphere in this image? Please answer yes or no.",
    "exist(f(sel(sphere), color=purple))",
    lambda s: yes(bool(s.f(shape="sphere", color="purple"))),
)
C(
    "compare_attr",
    13,
    "Is the cyan cylnder larger than the cyan sphere?",  # typo
    "larger(u(f(sel(cylinder), color=cyan)), u(f(sel(sphere), color=cyan)))",
    lambda s: bigger(s, s.the(shape="cylinder", color="cyan"), s.the(shape="sphere", color="cyan")),
)

# scene 14: large cyan rubber sph, small blue metal sph, small gray metal cube
C(
    "count",
    14,
    "How many balls are there in the image? Respond with only a number.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "spatial",
    14,
    "Is the gray cube behind the cyan sphere? Please answer yes or no.",
    "exist(f(rel(u(f(sel(sphere), color=cyan)), behind), color=gray, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="gray"), "behind", s.the(shape="sphere", color="cyan")),
)
C(
    "position",
    14,
    "**Question:** What colour is the object in the middle, counting from left to right?\n**Answer:**",
    "q(ord(scene(), left, middle), color)",
    lambda s: s.a(middle(s, s.all()), "color"),
)
X(14, "What is painted on the side of the cyan sphere that faces away from the camera?")

# scene 15: large green rubber cyl, large brown metal cyl, small purple metal cyl, large green metal sph, small yellow metal sph, small blue rubber cube, large red rubber sph
C(
    "exist",
    15,
    "Is there a rubber cube in this image? Please answer yes or no.",
    "exist(f(sel(cube), material=rubber))",
    lambda s: yes(bool(s.f(shape="cube", material="rubber"))),
)
C(
    "attribute",
    15,
    "<image>\nWhat color is the cube?",
    "q(u(sel(cube)), color)",
    lambda s: s.a(s.the(shape="cube"), "color"),
)
C(
    "count",
    15,
    "How many shiny objects are there?\nAnswer the question using a single word or phrase.",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "chain",
    15,
    "USER: <image>\nWhat shape is the object nearest to the small yellow sphere? ASSISTANT:",
    "q(closest(scene(), u(f(sel(sphere), size=small, color=yellow))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="sphere", color="yellow")), "shape"),
)

# scene 16: small red metal sph, small purple metal sph, small cyan metal sph, large brown rubber cyl, large yellow rubber cube, large green rubber sph, large yellow metal cyl
C(
    "compare_attr",
    16,
    "Are the yellow cube and the yellow cylinder made of the same materail?",  # typo
    "same(u(f(sel(cube), color=yellow)), u(f(sel(cylinder), color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="cube", color="yellow"), "material") == s.a(s.the(shape="cylinder", color="yellow"), "material")
    ),
)
M(
    "position",
    16,
    hint,
    "What color is the second sphere from the left?",
    ["red", "purple", "cyan", "green"],
    "q(ord(sel(sphere), left, 2), color)",
    lambda s: s.a(nth(s, s.f(shape="sphere"), "left", 2), "color"),
)

# scene 17: large green metal cyl, small yellow rubber sph, large red metal cube, large yellow rubber cube
M(
    "attribute",
    17,
    mmbench,
    "Which shape appears most often in the image?",
    ["cube", "sphere", "cylinder"],
    "common_value(scene(), shape)",
    lambda s: most_common(s.a(i, "shape") for i in s.all()),
)
C(
    "spatial",
    17,
    "Is the yellow sphere in front of the green cylinder? Please answer yes or no.",
    "exist(f(rel(u(f(sel(cylinder), color=green)), front), color=yellow, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="yellow"), "front", s.the(shape="cylinder", color="green")),
)
C(
    "two_clause",
    17,
    "Is there a red cube and a yellow cylinder in the image? Please answer yes or no.",
    "and_(exist(f(sel(cube), color=red)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="red")) and bool(s.f(shape="cylinder", color="yellow"))),
)

# scene 18: large cyan rubber cube, large purple metal cyl, small purple rubber sph, large purple rubber cyl, small blue rubber cyl, large cyan rubber sph, small purple metal cube, small red rubber sph
C(
    "count",
    18,
    "How many purple objects are there? Respond with only a number.",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    18,
    "Are the two big purple cylinders made of the same material?",
    "same(f(sel(cylinder), size=large, color=purple), material)",
    lambda s: same_value(s, s.f(shape="cylinder", size="large", color="purple"), "material"),
)
C(
    "superlative",
    18,
    "Which object is closest to the viewer? Answer with its colour and nothing else.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
X(18, "Which of the purple objects was placed in the scene last?")

# scene 19: small gray metal cube, small green metal cyl, small cyan metal cyl, small cyan metal cube, small cyan rubber cyl, large blue rubber cube, large gray metal sph, small yellow rubber cube
C(
    "attribute",
    19,
    "What is the material of the big blue cube?",
    "q(u(f(sel(cube), size=large, color=blue)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="blue"), "material"),
)
C(
    "number",
    19,
    "How many cubes and cylinders are there in total? Respond with only a number.",
    "add(count(sel(cube)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="cube")) + len(s.f(shape="cylinder"))),
)

# scene 20: small purple metal cyl, small green metal cyl, large cyan metal sph, small yellow rubber cube, small yellow rubber cyl, small brown metal cube
M(
    "count",
    20,
    inline,
    "How many cylinders are there?",
    ["2", "3", "4"],
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "two_clause",
    20,
    "Is there a yellow cube and a yellow cylinder? Please answer yes or no.",
    "and_(exist(f(sel(cube), color=yellow)), exist(f(sel(cylinder), color=yellow)))",
    lambda s: yes(bool(s.f(shape="cube", color="yellow")) and bool(s.f(shape="cylinder", color="yellow"))),
)
C(
    "superlative",
    20,
    "What colour is the rigthmost object?",  # typo
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)

# scene 21: small green rubber cyl, large red rubber sph, small gray metal sph, small yellow rubber sph, large purple metal cyl
C(
    "compare_attr",
    21,
    "Is the purple cylinder bigger than the green cylinder? Please answer yes or no.",
    "larger(u(f(sel(cylinder), color=purple)), u(f(sel(cylinder), color=green)))",
    lambda s: bigger(s, s.the(shape="cylinder", color="purple"), s.the(shape="cylinder", color="green")),
)
C(
    "spatial",
    21,
    "Is the gray sphere behing the big red sphere?",  # typo
    "exist(f(rel(u(f(sel(sphere), size=large, color=red)), behind), color=gray, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="gray"), "behind", s.the(shape="sphere", color="red")),
)

# scene 22: large yellow rubber cyl, large yellow metal cube, small purple metal cyl, small cyan metal sph
C(
    "attribute",
    22,
    "What is the yellow cube made of? Answer using a single word.",
    "q(u(f(sel(cube), color=yellow)), material)",
    lambda s: s.a(s.the(shape="cube", color="yellow"), "material"),
)
C(
    "compare_count",
    22,
    "Are there as many cylinders as cubes?",
    "eq(count(sel(cylinder)), count(sel(cube)))",
    lambda s: yes(len(s.f(shape="cylinder")) == len(s.f(shape="cube"))),
)
X(22, "In what year was this scene rendered? Answer with a year.")

# scene 23: small yellow metal sph, small brown metal cyl, large yellow rubber cyl, small brown metal sph
C(
    "quantifier",
    23,
    "Are all the objects metallic? Please answer yes or no.",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: none_lacking(s, s.all(), material="metal"),
)
C(
    "count",
    23,
    "How many brwon objects are in the image? Respond with only a number.",  # typo
    "count(f(scene(), color=brown))",
    lambda s: n(s.f(color="brown")),
)
C(
    "compare_attr",
    23,
    "Is the small yellow sphere the same color as the large cylinder?",
    "same(u(f(sel(sphere), size=small, color=yellow)), u(f(sel(cylinder), size=large)), color)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "color") == s.a(s.the(shape="cylinder", size="large"), "color")
    ),
)

# scene 24: small red metal cube, large red rubber cyl, large green metal cube, small brown metal cyl, large gray metal cube, large red metal sph, small yellow rubber cube, large red metal sph, large brown rubber cube, small gray rubber cube
M(
    "count",
    24,
    seed,
    "How many cubes are there?",
    ["4", "5", "6", "7"],
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "attribute",
    24,
    "What is the most common colour among the objects? Answer the question using a single word or phrase.",
    "common_value(scene(), color)",
    lambda s: most_common(s.a(i, "color") for i in s.all()),
)
C(
    "exist",
    24,
    "Is there a purple object in the image?",
    "exist(f(scene(), color=purple))",
    lambda s: yes(bool(s.f(color="purple"))),
)
C(
    "superlative",
    24,
    "Which object is the rightmost one? Answer with its color.",
    "q(ord(scene(), right, 1), color)",
    lambda s: s.a(nth(s, s.all(), "right"), "color"),
)
X(24, "Who placed the ten objects on the table, and why?")

# scene 25: large blue metal cyl, small yellow rubber sph, large cyan metal sph, large red metal cube, small brown metal cyl, large brown rubber sph, small gray metal cyl
C(
    "count",
    25,
    "How many objects in the image are made of metal?",
    "count(f(scene(), material=metal))",
    lambda s: n(s.f(material="metal")),
)
C(
    "verify",
    25,
    "Is the red cube made of rubber? Please answer yes or no.",
    "verify(u(f(sel(cube), color=red)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="cube", color="red"), "material") == "rubber"),
)
M(
    "superlative",
    25,
    listed_choices,
    "What shape is the object closest to the camera?",
    ["cube", "sphere", "cylinder"],
    "q(ord(scene(), front, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "front"), "shape"),
)

# scene 26: large brown metal cyl, large green metal sph, small purple metal cube, large cyan metal sph, small green metal cyl, small purple rubber cube, small green metal sph, large green metal cyl
C(
    "quantifier",
    26,
    "Are all of the objects made of metal?",
    "not_(exist(fn(scene(), material=metal)))",
    lambda s: none_lacking(s, s.all(), material="metal"),
)
C(
    "compare_attr",
    26,
    "Do the two purple cubes have the same size? Please answer yes or no.",
    "same(f(sel(cube), color=purple), size)",
    lambda s: same_value(s, s.f(shape="cube", color="purple"), "size"),
)
C(
    "position",
    26,
    "Q: What is the shape of the second object from the left?\nA:",
    "q(ord(scene(), left, 2), shape)",
    lambda s: s.a(nth(s, s.all(), "left", 2), "shape"),
)

# scene 27: large purple rubber cube, small yellow metal sph, small red rubber cyl, large red rubber cube
C(
    "attribute",
    27,
    "Is the sphere metal or rubber?",
    "choose(u(sel(sphere)), material, [metal, rubber])",
    lambda s: s.a(s.the(shape="sphere"), "material"),
)
M(
    "spatial",
    27,
    inline,
    "Where is the small red cylinder relative to the big purple cube?",
    ["in front of it", "behind it"],
    "choose_rel(u(f(sel(cube), size=large, color=purple)), [front, behind], name=cylinder)",
    lambda s: side_word(s, s.the(shape="cylinder"), s.the(shape="cube", color="purple"), ("front", "behind")),
)
C(
    "spatial",
    27,
    "How many objects are to the left of the large red cube?",
    "count(rel(u(f(sel(cube), size=large, color=red)), left))",
    lambda s: n(related(s, "left", s.the(shape="cube", color="red"))),
)

# scene 28: large red metal cyl, small red rubber cyl, large purple rubber cyl, small brown metal sph
C(
    "count",
    28,
    "How many cylinders are in this image? Please answer with a number.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "exist",
    28,
    "Is there a cube in this picture? Please answer yes or no.",
    "exist(sel(cube))",
    lambda s: yes(bool(s.f(shape="cube"))),
)
C(
    "compare_attr",
    28,
    "Are the two red cylinders the same szie?",  # typo
    "same(f(sel(cylinder), color=red), size)",
    lambda s: same_value(s, s.f(shape="cylinder", color="red"), "size"),
)
X(28, "If the big red cylinder tipped over, which object would it knock over?")

# scene 29: large cyan metal sph, large cyan rubber cyl, large red metal cyl, small brown rubber sph
C(
    "attribute",
    29,
    "What shape is the brown object? Answer the question using a single word or phrase.",
    "q(u(f(scene(), color=brown)), shape)",
    lambda s: s.a(s.the(color="brown"), "shape"),
)
C(
    "compare_attr",
    29,
    "Is the cyan sphere made of the same material as the cyan cylinder?",
    "same(u(f(sel(sphere), color=cyan)), u(f(sel(cylinder), color=cyan)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="cyan"), "material") == s.a(s.the(shape="cylinder", color="cyan"), "material")
    ),
)
C(
    "superlative",
    29,
    "Which is the leftmost object in the image? Answer with its shape.",
    "q(ord(scene(), left, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "left"), "shape"),
)

# scene 30: large green rubber sph, large purple rubber sph, large blue metal cyl
C(
    "attribute",
    30,
    "What colour is the cylinder? Answer briefly.",
    "q(u(sel(cylinder)), color)",
    lambda s: s.a(s.the(shape="cylinder"), "color"),
)
C(
    "spatial",
    30,
    "Is the green sphere to the left of the purple sphere?",
    "exist(f(rel(u(f(sel(sphere), color=purple)), left), color=green, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="green"), "left", s.the(shape="sphere", color="purple")),
)
C(
    "chain",
    30,
    "What color is the sphere neareset to the cylinder?",  # typo
    "q(closest(sel(sphere), u(sel(cylinder))), color)",
    lambda s: s.a(nearest(s, s.f(shape="sphere"), s.the(shape="cylinder")), "color"),
)

# scene 31: small cyan rubber cyl, large green metal cyl, large blue metal sph, small red metal cyl, small purple rubber cube, small yellow rubber sph, small gray rubber sph, small blue metal sph, small cyan metal sph, small brown rubber cyl
C(
    "number",
    31,
    "How many more spheres than cylinders are there? Answer with a single number.",
    "sub(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: str(len(s.f(shape="sphere")) - len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    31,
    "What is the only cube made of?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)
C(
    "negation",
    31,
    "How many spheres are not blue? Respond with only a number.",
    "count(fn(sel(sphere), color=blue))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "blue"]),
)

# scene 32: small gray rubber cube, large yellow metal sph, small gray rubber cube, small red rubber sph, small red metal cube, small gray metal cyl
C(
    "attribute",
    32,
    "What color is the large sphere?",
    "q(u(f(sel(sphere), size=large)), color)",
    lambda s: s.a(s.the(shape="sphere", size="large"), "color"),
)
C(
    "compare_attr",
    32,
    "Are the two gray cubes the same size?",
    "same(f(sel(cube), color=gray), size)",
    lambda s: same_value(s, s.f(shape="cube", color="gray"), "size"),
)
X(32, "What is the large yellow sphere thinking about?")

# scene 33: small cyan rubber cube, small gray metal sph, small blue rubber cyl, large cyan metal cyl, large green metal cube, large red metal sph
C(
    "count",
    33,
    "How many cyan objects are there? Respond with only a number.",
    "count(f(scene(), color=cyan))",
    lambda s: n(s.f(color="cyan")),
)
C(
    "compare_count",
    33,
    "Are there more metal things than rubber things?",
    "gt(count(f(scene(), material=metal)), count(f(scene(), material=rubber)))",
    lambda s: yes(len(s.f(material="metal")) > len(s.f(material="rubber"))),
)
C(
    "superlative",
    33,
    "<image>\nWhich object is nearest to the camera? Answer with its material.",
    "q(ord(scene(), front, 1), material)",
    lambda s: s.a(nth(s, s.all(), "front"), "material"),
)

# scene 34: small red metal cyl, small yellow metal cube, large gray metal cyl
C(
    "count",
    34,
    "How many objects are there in total?",
    "count(scene())",
    lambda s: n(s.all()),
)
C(
    "spatial",
    34,
    "Is the yellow cube closer to the camera than the red cylinder? Please answer yes or no.",
    "exist(f(rel(u(f(sel(cylinder), color=red)), front), color=yellow, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "front", s.the(shape="cylinder", color="red")),
)
C(
    "chain",
    34,
    "What colour is the object in front of the gray cylinder?",
    "q(u(rel(u(f(sel(cylinder), color=gray)), front)), color)",
    lambda s: s.a(only(related(s, "front", s.the(shape="cylinder", color="gray"))), "color"),
)

# scene 35: small purple metal sph, large green metal cube, large green rubber cube, large red metal sph, large gray metal cube
C(
    "count",
    35,
    "How many green cubes are ther?",  # typo
    "count(f(sel(cube), color=green))",
    lambda s: n(s.f(shape="cube", color="green")),
)
C(
    "compare_attr",
    35,
    "Are the two green cubes made of the same material? Please answer yes or no.",
    "same(f(sel(cube), color=green), material)",
    lambda s: same_value(s, s.f(shape="cube", color="green"), "material"),
)
M(
    "spatial",
    35,
    cvbench,
    "Which object is closer to the camera taking this photo, the purple sphere or the gray cube?",
    ["the purple sphere", "the gray cube"],
    "q(ord(union(u(f(sel(sphere), color=purple)), u(f(sel(cube), color=gray))), front, 1), shape)",
    lambda s: s.a(nth(s, [s.the(shape="sphere", color="purple"), s.the(shape="cube", color="gray")], "front"), "shape"),
)

# scene 36: large purple metal sph, small yellow metal cube, large cyan metal sph, small gray metal sph, large brown rubber cyl
C(
    "attribute",
    36,
    "What material is the cylinder?",
    "q(u(sel(cylinder)), material)",
    lambda s: s.a(s.the(shape="cylinder"), "material"),
)
C(
    "verify",
    36,
    "Is the yellow cube large? Please answer yes or no.",
    "verify(u(f(sel(cube), color=yellow)), size, large)",
    lambda s: yes(s.a(s.the(shape="cube", color="yellow"), "size") == "large"),
)
C(
    "spatial",
    36,
    "The yellow cube is to the left of the brown cylinder. Is this statement true or false?",
    "exist(f(rel(u(f(sel(cylinder), color=brown)), left), color=yellow, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "left", s.the(shape="cylinder", color="brown")),
)
X(36, "How old is the person who built this scene?")

# scene 37: large gray rubber cyl, small brown rubber cube, large purple metal cube, small red rubber sph, small red rubber cube, small gray metal cyl, small cyan rubber sph, large blue metal cyl
C(
    "chain",
    37,
    "What is the shape of the object closest to the blue cylinder?",
    "q(closest(scene(), u(f(sel(cylinder), color=blue))), shape)",
    lambda s: s.a(nearest(s, s.all(), s.the(shape="cylinder", color="blue")), "shape"),
)
C(
    "two_clause",
    37,
    "Is there both a red sphere and a red cube in the image? Please answer yes or no.",
    "and_(exist(f(sel(sphere), color=red)), exist(f(sel(cube), color=red)))",
    lambda s: yes(bool(s.f(shape="sphere", color="red")) and bool(s.f(shape="cube", color="red"))),
)
C(
    "position",
    37,
    "What color is the second object from the right? Answer the question using a single word or phrase.",
    "q(ord(scene(), right, 2), color)",
    lambda s: s.a(nth(s, s.all(), "right", 2), "color"),
)
C(
    "count",
    37,
    "How many red obejcts are there?",  # typo
    "count(f(scene(), color=red))",
    lambda s: n(s.f(color="red")),
)

# scene 38: small green rubber sph, large gray rubber cyl, small red metal sph, small green metal sph, large gray metal cyl
C(
    "compare_attr",
    38,
    "Are the two gray cylinders made of the same material?",
    "same(f(sel(cylinder), color=gray), material)",
    lambda s: same_value(s, s.f(shape="cylinder", color="gray"), "material"),
)
C(
    "spatial",
    38,
    "Is the red sphere left of the gray metal cylinder? Please answer yes or no.",
    "exist(f(rel(u(f(sel(cylinder), color=gray, material=metal)), left), color=red, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="red"), "left", s.the(shape="cylinder", material="metal")),
)

# scene 39: large gray metal cyl, small brown rubber cyl, small gray metal cube
C(
    "attribute",
    39,
    "What is the color of the small cylinder?",
    "q(u(f(sel(cylinder), size=small)), color)",
    lambda s: s.a(s.the(shape="cylinder", size="small"), "color"),
)
C(
    "spatial",
    39,
    "Is the gray cube infront of the brown cylinder?",  # typo
    "exist(f(rel(u(f(sel(cylinder), color=brown)), front), color=gray, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube"), "front", s.the(shape="cylinder", color="brown")),
)
X(39, "What is the gray cube meant to be used for?")

# scene 40: small cyan metal cube, large brown rubber cyl, large gray metal cube
C(
    "compare_count",
    40,
    "Are there more cubes than cylinders? Please answer yes or no.",
    "gt(count(sel(cube)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="cube")) > len(s.f(shape="cylinder"))),
)
C(
    "attribute",
    40,
    "What color is the lagre cube?",  # typo
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)
M(
    "spatial",
    40,
    seed,
    "Which object is closer to the camera?",
    ["the cyan cube", "the brown cylinder"],
    "q(ord(union(u(f(sel(cube), color=cyan)), u(sel(cylinder))), front, 1), shape)",
    lambda s: s.a(nth(s, [s.the(shape="cube", color="cyan"), s.the(shape="cylinder")], "front"), "shape"),
)
C(
    "chain",
    40,
    "What colour is the thing to the left of the gray cube?",
    "q(u(rel(u(f(sel(cube), color=gray)), left)), color)",
    lambda s: s.a(only(related(s, "left", s.the(shape="cube", color="gray"))), "color"),
)

# scene 41: small yellow metal cyl, small purple rubber cyl, large gray rubber sph, large yellow metal cyl, small red metal cyl, small brown rubber sph, large blue metal sph, large cyan metal cyl, large blue metal cube, small yellow rubber sph
C(
    "count",
    41,
    "How many cylinders are there in the image?\nAnswer the question using a single word or phrase.",
    "count(sel(cylinder))",
    lambda s: n(s.f(shape="cylinder")),
)
C(
    "compare_count",
    41,
    "Are there more cylinders than spheres? Please answer yes or no.",
    "gt(count(sel(cylinder)), count(sel(sphere)))",
    lambda s: yes(len(s.f(shape="cylinder")) > len(s.f(shape="sphere"))),
)
C(
    "superlative",
    41,
    "Which color is the object farthest away from the camera?",
    "q(ord(scene(), behind, 1), color)",
    lambda s: s.a(nth(s, s.all(), "behind"), "color"),
)
C(
    "attribute",
    41,
    "What colour is the large cube?",
    "q(u(f(sel(cube), size=large)), color)",
    lambda s: s.a(s.the(shape="cube", size="large"), "color"),
)

# scene 42: small yellow rubber sph, small gray rubber cyl, small gray metal cube, large blue rubber cyl, small blue rubber cube, small blue metal cyl, small blue rubber sph, large yellow metal sph
C(
    "count",
    42,
    "How many blue objects are there? Respond with only a number.",
    "count(f(scene(), color=blue))",
    lambda s: n(s.f(color="blue")),
)
C(
    "exist",
    42,
    "Is there a red object in the image?",
    "exist(f(scene(), color=red))",
    lambda s: yes(bool(s.f(color="red"))),
)
C(
    "compare_attr",
    42,
    "Is the big cylinder the same colour as the rubber cube? Please answer yes or no.",
    "same(u(f(sel(cylinder), size=large)), u(f(sel(cube), material=rubber)), color)",
    lambda s: yes(
        s.a(s.the(shape="cylinder", size="large"), "color") == s.a(s.the(shape="cube", material="rubber"), "color")
    ),
)
C(
    "superlative",
    42,
    "What shape is the object farthest from the camera?",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 43: large yellow metal cube, large cyan metal sph, small blue metal cyl, small cyan metal sph, large blue metal cube, large green rubber cube, large gray rubber sph, small cyan rubber sph
C(
    "spatial",
    43,
    "Is the yellow cube on the right side of the blue cube? Please answer yes or no.",
    "exist(f(rel(u(f(sel(cube), color=blue)), right), color=yellow, shape=cube))",
    lambda s: is_rel(s, s.the(shape="cube", color="yellow"), "right", s.the(shape="cube", color="blue")),
)
C(
    "quantifier",
    43,
    "Are all the spheres cyan? Please answer yes or no.",
    "not_(exist(fn(sel(sphere), color=cyan)))",
    lambda s: none_lacking(s, s.f(shape="sphere"), color="cyan"),
)
M(
    "spatial",
    43,
    cvbench,
    "Considering the relative positions of the green cube and the blue cylinder in the image provided, where is the green cube located with respect to the blue cylinder?",
    ["left", "right"],
    "choose_rel(u(f(sel(cube), color=green)), [left, right], role=object, name=cylinder)",
    lambda s: side_word(s, s.the(shape="cube", color="green"), s.the(shape="cylinder"), ("left", "right")),
)
X(43, "Which of these objects is the most expensive?")

# scene 44: large brown rubber sph, small brown metal sph, small purple rubber cube, large blue metal cube, small cyan metal cube
C(
    "compare_attr",
    44,
    "Are the two brown spheres made of the same material?",
    "same(f(sel(sphere), color=brown), material)",
    lambda s: same_value(s, s.f(shape="sphere", color="brown"), "material"),
)
M(
    "superlative",
    44,
    hint,
    "Which object is the leftmost?",
    ["the large brown sphere", "the purple cube", "the blue cube", "the cyan cube"],
    "q(ord(scene(), left, 1), color)",
    lambda s: s.a(nth(s, s.all(), "left"), "color"),
)

# scene 45: small gray rubber cube, small red rubber cube, small gray metal cyl, small cyan rubber cyl, small cyan metal cube, large gray metal sph, large red metal sph, large cyan rubber sph, small yellow metal cyl
C(
    "exist",
    45,
    "Is there a blue object in the image?",
    "exist(f(scene(), color=blue))",
    lambda s: yes(bool(s.f(color="blue"))),
)
C(
    "exist",
    45,
    "Is there a large red sphere in this image? Please answer yes or no.",
    "exist(f(sel(sphere), size=large, color=red))",
    lambda s: yes(bool(s.f(shape="sphere", size="large", color="red"))),
)
C(
    "superlative",
    45,
    "Estimate the depth order of the objects in the image. Which one is closest to the camera? Answer with its colour.",
    "q(ord(scene(), front, 1), color)",
    lambda s: s.a(nth(s, s.all(), "front"), "color"),
)
C(
    "superlative",
    45,
    "Estimate the depth of the objects: which object is the farthest away from the camera? Answer with its shape.",
    "q(ord(scene(), behind, 1), shape)",
    lambda s: s.a(nth(s, s.all(), "behind"), "shape"),
)

# scene 46: large gray metal cube, small cyan metal cyl, small red metal sph, large cyan rubber cyl, small green rubber sph, small purple metal sph, large red rubber cube, small purple rubber cube
C(
    "count",
    46,
    "How many purple objects are there?",
    "count(f(scene(), color=purple))",
    lambda s: n(s.f(color="purple")),
)
C(
    "compare_attr",
    46,
    "Are the two purple objects the same shape? Please answer yes or no.",
    "same(f(scene(), color=purple), shape)",
    lambda s: same_value(s, s.f(color="purple"), "shape"),
)
C(
    "attribute",
    46,
    "What materal is the big red cube?",  # typo
    "q(u(f(sel(cube), size=large, color=red)), material)",
    lambda s: s.a(s.the(shape="cube", size="large", color="red"), "material"),
)
X(46, "Is the big gray cube hollow inside? Please answer yes or no.")

# scene 47: small red metal cyl, large purple rubber cube, small purple rubber cube, small red rubber cube, small blue rubber cyl, small purple metal cube, small yellow metal sph, large blue rubber cube, large cyan rubber cyl, large yellow metal sph
M(
    "count",
    47,
    in_context("The image shows a rendered scene of simple 3D objects on a plain floor."),
    "How many cubes are in the image?",
    ["3", "4", "5", "6"],
    "count(sel(cube))",
    lambda s: n(s.f(shape="cube")),
)
C(
    "list",
    47,
    "Which colours do the cubes come in? Answer with a comma-separated list.",
    "values(sel(cube), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="cube")),
)
C(
    "attribute",
    47,
    "What color is the small sphere?",
    "q(u(f(sel(sphere), size=small)), color)",
    lambda s: s.a(s.the(shape="sphere", size="small"), "color"),
)
C(
    "compare_count",
    47,
    "Are there fewer spheres than cylinders?",
    "lt(count(sel(sphere)), count(sel(cylinder)))",
    lambda s: yes(len(s.f(shape="sphere")) < len(s.f(shape="cylinder"))),
)

# scene 48: large yellow rubber sph, large red metal cube, large green metal sph, large gray metal sph, large green metal sph, small yellow metal cube, small blue metal cyl
C(
    "count",
    48,
    "How many spheres are there?\nAnswer the question using a single word or phrase.",
    "count(sel(sphere))",
    lambda s: n(s.f(shape="sphere")),
)
C(
    "exist",
    48,
    "Is there a rubber object in the image?",
    "exist(f(scene(), material=rubber))",
    lambda s: yes(bool(s.f(material="rubber"))),
)
C(
    "list",
    48,
    "What colors are the spheres? Answer with a comma-separated list.",
    "values(sel(sphere), color)",
    lambda s: listed(s.a(i, "color") for i in s.f(shape="sphere")),
)

# scene 49: small red rubber sph, small purple metal sph, small cyan metal sph, small yellow rubber sph, small green metal cube, large purple metal sph, small green rubber cyl, small yellow rubber sph, small gray rubber cyl
C(
    "negation",
    49,
    "How many spheres are not yellow? Respond with only a number.",
    "count(fn(sel(sphere), color=yellow))",
    lambda s: n([i for i in s.f(shape="sphere") if s.a(i, "color") != "yellow"]),
)
C(
    "attribute",
    49,
    "What material is the green cube?",
    "q(u(f(sel(cube), color=green)), material)",
    lambda s: s.a(s.the(shape="cube", color="green"), "material"),
)

# scene 50: large purple rubber sph, large red rubber cyl, small yellow rubber cube, small cyan rubber sph, small blue rubber cube, large green rubber cube, large green rubber sph, small green rubber cyl
C(
    "quantifier",
    50,
    "Are all the objects in the image made of rubber?",
    "not_(exist(fn(scene(), material=rubber)))",
    lambda s: none_lacking(s, s.all(), material="rubber"),
)
C(
    "exist",
    50,
    "Is there a metal object in this image? Please answer yes or no.",
    "exist(f(scene(), material=metal))",
    lambda s: yes(bool(s.f(material="metal"))),
)

# scene 51: small brown metal sph, large gray rubber sph, small yellow metal cube
C(
    "verify",
    51,
    "Is the large sphere made of rubber? Please answer yes or no.",
    "verify(u(f(sel(sphere), size=large)), material, rubber)",
    lambda s: yes(s.a(s.the(shape="sphere", size="large"), "material") == "rubber"),
)
C(
    "chain",
    51,
    "What material is the object to the right of the gray sphere?",
    "q(u(rel(u(f(sel(sphere), color=gray)), right)), material)",
    lambda s: s.a(only(related(s, "right", s.the(shape="sphere", color="gray"))), "material"),
)
X(51, "What will happen to the brown ball if the yellow cube is removed?")

# scene 52: large blue metal cube, large brown rubber cube, small gray metal cyl, large purple metal cube
C(
    "spatial",
    52,
    "The gray cylinder is in front of the purple cube. Is this statement true or false?",
    "exist(f(rel(u(f(sel(cube), color=purple)), front), color=gray, shape=cylinder))",
    lambda s: is_rel(s, s.the(shape="cylinder", color="gray"), "front", s.the(shape="cube", color="purple")),
)
C(
    "attribute",
    52,
    "What material is the brown cube?",
    "q(u(f(sel(cube), color=brown)), material)",
    lambda s: s.a(s.the(shape="cube", color="brown"), "material"),
)
C(
    "chain",
    52,
    "What shape is the object behind the blue cube?",
    "q(u(rel(u(f(sel(cube), color=blue)), behind)), shape)",
    lambda s: s.a(only(related(s, "behind", s.the(shape="cube", color="blue"))), "shape"),
)

# scene 53: large yellow metal cube, small yellow metal sph, large green metal sph, large purple rubber cube, large blue rubber cube, small gray rubber cube
C(
    "exist",
    53,
    "Is there a cylinder in the image?",
    "exist(sel(cylinder))",
    lambda s: yes(bool(s.f(shape="cylinder"))),
)
C(
    "compare_attr",
    53,
    "Is the small yellow sphere made of the same material as the large yellow cube?",
    "same(u(f(sel(sphere), size=small, color=yellow)), u(f(sel(cube), size=large, color=yellow)), material)",
    lambda s: yes(
        s.a(s.the(shape="sphere", color="yellow"), "material") == s.a(s.the(shape="cube", color="yellow"), "material")
    ),
)
C(
    "superlative",
    53,
    "What colour is the rightmost cueb?",  # typo
    "q(ord(sel(cube), right, 1), color)",
    lambda s: s.a(nth(s, s.f(shape="cube"), "right"), "color"),
)

# scene 54: large green rubber cube, large brown metal cyl, large gray rubber cube x2
C(
    "negation",
    54,
    "How many objects are not gray? Answer with a number.",
    "count(fn(scene(), color=gray))",
    lambda s: n([i for i in s.all() if s.a(i, "color") != "gray"]),
)
C(
    "exist",
    54,
    "Is there a sphere in the image?",
    "exist(sel(sphere))",
    lambda s: yes(bool(s.f(shape="sphere"))),
)
C(
    "chain",
    54,
    "What colour is the cube nearest to the brown cylinder?",
    "q(closest(sel(cube), u(f(sel(cylinder), color=brown))), color)",
    lambda s: s.a(nearest(s, s.f(shape="cube"), s.the(shape="cylinder", color="brown")), "color"),
)

# scene 55: large green metal cube, small purple rubber cube, large purple rubber sph, small gray rubber cyl, large purple metal sph, small yellow rubber cyl, large purple rubber sph, small yellow metal cube, large red rubber cube
C(
    "exist",
    55,
    "Is there a green sphere in this image? Please answer yes or no.",
    "exist(f(sel(sphere), color=green))",
    lambda s: yes(bool(s.f(shape="sphere", color="green"))),
)
C(
    "compare_attr",
    55,
    "Are the two yellow objects the same shape?",
    "same(f(scene(), color=yellow), shape)",
    lambda s: same_value(s, s.f(color="yellow"), "shape"),
)

# scene 56: small blue rubber cube, small yellow rubber sph, large brown rubber cube, small cyan rubber sph, large cyan rubber cube, large green metal cyl
C(
    "attribute",
    56,
    "What shape is the metal object?",
    "q(u(f(scene(), material=metal)), shape)",
    lambda s: s.a(s.the(material="metal"), "shape"),
)

# scene 57: small brown metal cyl, large gray rubber cube, large blue metal sph, large gray rubber cube, small yellow rubber sph
C(
    "spatial",
    57,
    "Is the blue sphere in front of the yellow sphere? Please answer yes or no.",
    "exist(f(rel(u(f(sel(sphere), color=yellow)), front), color=blue, shape=sphere))",
    lambda s: is_rel(s, s.the(shape="sphere", color="blue"), "front", s.the(shape="sphere", color="yellow")),
)
C(
    "attribute",
    57,
    "What colour is the sphere that is made of metal?",
    "q(u(f(sel(sphere), material=metal)), color)",
    lambda s: s.a(s.the(shape="sphere", material="metal"), "color"),
)

# scene 58: small blue rubber sph, large cyan metal cube, large purple metal cube
C(
    "verify",
    58,
    "Is the blue sphere large? Please answer yes or no.",
    "verify(u(f(sel(sphere), color=blue)), size, large)",
    lambda s: yes(s.a(s.the(shape="sphere", color="blue"), "size") == "large"),
)
X(58, "How heavy is the cyan cube? Respond with only a number.")

# scene 59: small purple rubber cyl, large cyan rubber cyl, large brown rubber sph, large blue rubber cyl, small purple metal cube, large purple rubber cyl, large purple rubber sph, large brown rubber sph
C(
    "number",
    59,
    "How many purple things and brown things are there altogether? Respond with only a number.",
    "add(count(f(scene(), color=purple)), count(f(scene(), color=brown)))",
    lambda s: str(len(s.f(color="purple")) + len(s.f(color="brown"))),
)
C(
    "attribute",
    59,
    "What is the material of the cube?",
    "q(u(sel(cube)), material)",
    lambda s: s.a(s.the(shape="cube"), "material"),
)

# =================================================================================================================
# photo scenes
# =================================================================================================================

# street: man1 (left, black, red tie), woman1 (middle, green, holding the dog, in front of the bus), man2 (right, white, blue tie), red bus 'CERO EMISIONES', red sign 'STOP', white car (left), tree behind the bus, small brown dog, road text 'NO PARKING'
P(
    "count",
    "street",
    "USER: <image>\nHow many people are in the image? Answer with a single number. ASSISTANT:",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P("exist", "street", "Is there a bus in the image?", "exist(sel(bus))", lambda p: yes(bool(p.f("bus"))))
P("exist", "street", "Is there a bicycle in the image?", "exist(sel(bicycle))", lambda p: yes(bool(p.f("bicycle"))))
P(
    "text",
    "street",
    "What word is written on the red sign? Answer the question using a single word or phrase.",
    "q(u(sel(sign)), text)",
    lambda p: p.value(p.the("sign"), "text"),
)
M(
    "attribute",
    "street",
    mmbench,
    "What color is the bus?",
    ["red", "blue", "green", "yellow"],
    "q(u(sel(bus)), color)",
    lambda p: p.value(p.the("bus"), "color"),
)
P(
    "spatial",
    "street",
    "Is the woman in front of the bus? Please answer yes or no.",
    "vrel(u(sel(bus)), front, name=woman)",
    lambda p: yes(any(p.name(o) == "woman" for o in p.subjects("front", p.the("bus")))),
)
P(
    "chain",
    "street",
    "What colour is the tie worn by the man on the right?",
    "q(u(rel(u(f(sel(man), hposition=right)), wearing, role=object)), color)",
    lambda p: p.value(only(p.objects_of(p.the("man", hposition="right"), "wearing")), "color"),
)
P(
    "chain",
    "street",
    "<image>\nWhat animal is the woman holding?",
    "q(u(rel(u(sel(woman)), holding, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("woman"), "holding"))),
)
P(
    "superlative",
    "street",
    "Who is the leftmost person in the photo? Answer with one word.",
    "q(ord(sel(person), left, 1), name)",
    lambda p: p.name(side_of(p, people(p), "left")),
)
P(
    "text",
    "street",
    "Q: What does the writing on the road say?\nA:",
    "q(u(sel(text)), text)",
    lambda p: p.value(p.the("text"), "text"),
)
X("street", "How does the man on the left feel about the bus? Answer in one word.")
X("street", "Where is the red bus going next?")

# kitchen: red cup (left), white plate, blue cup, green bottle 'AGUA', white cup (right), all on the wooden table with a metal fork near the plate; white clock '12:30' above the table; woman in yellow on the right
P(
    "spatial",
    "kitchen",
    "How many cups are on the table? Respond with only a number.",
    "count(rel(u(sel(table)), on, name=cup))",
    lambda p: n([c for c in p.f("cup") if p.has(c, "on", p.the("table"))]),
)
P(
    "text",
    "kitchen",
    "What does the lable on the bottle say?",  # typo
    "q(u(sel(bottle)), text)",
    lambda p: p.value(p.the("bottle"), "text"),
)
P(
    "text",
    "kitchen",
    "What time does the clock show? Answer the question using a single word or phrase.",
    "q(u(sel(clock)), text)",
    lambda p: p.value(p.the("clock"), "text"),
)
P(
    "attribute",
    "kitchen",
    "You are a helpful assistant. Look at the image and answer: what is the fork made of?",
    "q(u(sel(fork)), material)",
    lambda p: p.value(p.the("fork"), "material"),
)
P(
    "spatial",
    "kitchen",
    "The red cup is to the left of the plate. Is this statement true or false?",
    "exist(f(rel(u(sel(plate)), left, name=cup), color=red))",
    lambda p: yes(any(p.name(o) == "cup" and p.value(o, "color") == "red" for o in p.subjects("left", p.the("plate")))),
)
P(
    "chain",
    "kitchen",
    "What is above the table? Answer with one word.",
    "q(u(rel(u(sel(table)), above)), name)",
    lambda p: p.name(only(p.subjects("above", p.the("table")))),
)
P(
    "list",
    "kitchen",
    "What colours are the cups? List them, separated by commas.",
    "values(sel(cup), color)",
    lambda p: listed(p.value(o, "color") for o in p.f("cup")),
)
P(
    "compare_attr",
    "kitchen",
    "Is the plate the same colour as the clock? Please answer yes or no.",
    "same(u(sel(plate)), u(sel(clock)), color)",
    lambda p: yes(p.value(p.the("plate"), "color") == p.value(p.the("clock"), "color")),
)
P("exist", "kitchen", "Is there a knife in the image?", "exist(sel(knife))", lambda p: yes(bool(p.f("knife"))))
M(
    "superlative",
    "kitchen",
    hint,
    "Which cup is the rightmost one?",
    ["the red cup", "the blue cup", "the white cup"],
    "q(ord(sel(cup), right, 1), color)",
    lambda p: p.value(side_of(p, p.f("cup"), "right"), "color"),
)
X("kitchen", "What is the woman in yellow going to cook for dinner?")

# park: woman in red (left, holding the black dog, tree behind), boy in blue (near the bench, throwing the yellow frisbee), woman in white (near the red bike), girl in pink (right, near the white dog, tree behind), green wooden bench, two trees
P(
    "count",
    "park",
    "How many people are there in the park? Respond with only a number.",
    "count(sel(person))",
    lambda p: n(people(p)),
)
P(
    "chain",
    "park",
    "What is the boy throwing? Answer the question using a single word or phrase.",
    "q(u(rel(u(sel(boy)), throwing, role=object)), name)",
    lambda p: p.name(only(p.objects_of(p.the("boy"), "throwing"))),
)
P(
    "chain",
    "park",
    "What color is the dog near the girl?",
    "q(u(rel(u(sel(girl)), near, name=dog)), color)",
    lambda p: p.value(only([o for o in p.subjects("near", p.the("girl")) if p.name(o) == "dog"]), "color"),
)
P(
    "verify",
    "park",
    "Is the bench made of wood? Please answer yes or no.",
    "verify(u(sel(bench)), material, wood)",
    lambda p: yes(p.value(p.the("bench"), "material") == "wood"),
)
M(
    "attribute",
    "park",
    seed,
    "What colour is the bicycle?",
    ["red", "blue", "green", "black"],
    "q(u(sel(bicycle)), color)",
    lambda p: p.value(p.the("bicycle"), "color"),
)
P("exist", "park", "Is there a cat in the image?", "exist(sel(cat))", lambda p: yes(bool(p.f("cat"))))
P(
    "spatial",
    "park",
    "Is the girl to the right of the woman in white?",
    "vrel(u(f(sel(woman), color=white)), right, name=girl)",
    lambda p: yes(any(p.name(o) == "girl" for o in p.subjects("right", p.the("woman", color="white")))),
)
P(
    "superlative",
    "park",
    "Who is the rightmost person in the image? Answer with one word.",
    "q(ord(sel(person), right, 1), name)",
    lambda p: p.name(side_of(p, people(p), "right")),
)
P(
    "compare_count",
    "park",
    "Are there as many dogs as trees? Please answer yes or no.",
    "eq(count(sel(dog)), count(sel(tree)))",
    lambda p: yes(len(p.f("dog")) == len(p.f("tree"))),
)
P(
    "chain",
    "park",
    "Who is holdng the black dog?",  # typo
    "q(u(rel(u(f(sel(dog), color=black)), holding)), name)",
    lambda p: p.name(only(p.subjects("holding", p.the("dog", color="black")))),
)
X("park", "Is the girl in pink happy to be at the park? Please answer yes or no.")
X("park", "What breed is the black dog?")

# shapes: large red circle (top left), small blue square (top middle), large green triangle (top right), large yellow rectangle (bottom left), small red star (bottom middle), small blue hexagon (bottom right), small blue circle (middle)
P(
    "count",
    "shapes",
    "How many blue shapes are there? Respond with only a number.",
    "count(f(scene(), color=blue))",
    lambda p: n(p.f(color="blue")),
)
P("attribute", "shapes", "What color is the star?", "q(u(sel(star)), color)", lambda p: p.value(p.the("star"), "color"))
M(
    "attribute",
    "shapes",
    mmbench,
    "What shape is the yellow object?",
    ["circle", "square", "rectangle", "triangle"],
    "q(u(f(scene(), color=yellow)), shape)",
    lambda p: p.value(only(p.f(color="yellow")), "shape"),
)
P(
    "verify",
    "shapes",
    "Is the triangle small? Please answer yes or no.",
    "verify(u(sel(triangle)), size, small)",
    lambda p: yes(p.value(p.the("triangle"), "size") == "small"),
)
P("count", "shapes", "How many circles are there in the image?", "count(sel(circle))", lambda p: n(p.f("circle")))
P(
    "position",
    "shapes",
    "Which shape is in the top left corner? Answer with the name of the shape.",
    "q(u(f(scene(), hposition=left, vposition=top)), shape)",
    lambda p: p.value(only(p.f(hposition="left", vposition="top")), "shape"),
)
P(
    "compare_count",
    "shapes",
    "Are there more small shapes than large shapes?",
    "gt(count(f(scene(), size=small)), count(f(scene(), size=large)))",
    lambda p: yes(len(p.f(size="small")) > len(p.f(size="large"))),
)
P(
    "compare_attr",
    "shapes",
    "Are the square and the hexagon the same colour?",
    "same(u(sel(square)), u(sel(hexagon)), color)",
    lambda p: yes(p.value(p.the("square"), "color") == p.value(p.the("hexagon"), "color")),
)
P(
    "two_clause",
    "shapes",
    "Is there a green triangle and a purple star in the image? Please answer yes or no.",
    "and_(exist(f(sel(triangle), color=green)), exist(f(sel(star), color=purple)))",
    lambda p: yes(bool(p.f("triangle", color="green")) and bool(p.f("star", color="purple"))),
)
X("shapes", "Which of these shapes was drawn first?")

if __name__ == "__main__":
    write_set(Q, OUT, sys.argv)
