"""Blind benchmark: filled versus hollow (outline-only) shapes in simple drawings.

What it generates
-----------------
Simple drawings of the kind a new user might draw or find: a white or off-white
background (a slight tint, sometimes light paper noise), 128-320 px square, with 1 to 4
non-overlapping shapes (bounding boxes at least 6 px apart). Each shape is a circle,
square, rectangle (aspect >= 1.6), triangle, star, pentagon, hexagon or ellipse in one of
six clearly distinct colours (red, blue, green, orange, purple, black). About 40% of the
shapes are hollow (only a 2-5 px outline in their colour, the inside left as the paper);
the rest are filled with solid colour, sometimes with a darker 2-4 px outline. Shapes are
drawn at 4x and downsampled (LANCZOS or BOX), so edges are antialiased. The PNG files are
written to a temporary folder (its path is printed to stderr).

For every image several questions are asked in varied ordinary English, with gold answers
computed from what was drawn: fill questions ("Is the circle hollow?", "How many shapes are
filled?", "Which shape is not filled in?", ...), "which of these" questions, spatial
relations with indefinite articles (including shapes that are absent, gold "no"), and
basics (counts, colours, existence). A question is only asked when its gold answer is
unambiguous.

Each question goes to ``nsvr.agent.ask.ask`` with ``AskOptions(perception="photo")`` and is
scored right, unknown (status not "ok" or answer "unknown") or confidently wrong.

How to run
----------
    python examples/benchmarks/shape_scenes_outlines.py                 # ~600 questions
    python examples/benchmarks/shape_scenes_outlines.py --seed 3 --images 40 --per-image 5
    python examples/benchmarks/shape_scenes_outlines.py --show-failures

The first output line is the totals line (starting with "  all"), then tables by question
kind, by wording template and by gold answer; ``--show-failures`` then lists every wrong
and unknown answer with the question, gold, nsvr's answer, its reason and the shapes drawn.
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

SCALE = 4
MIN_GAP = 6
HOLLOW_RATE = 0.4
REL_MARGIN = 0.15

COLOURS: dict[str, tuple[int, int, int]] = {
    "red": (220, 30, 30),
    "blue": (30, 70, 220),
    "green": (30, 150, 50),
    "orange": (245, 140, 20),
    "purple": (130, 50, 170),
    "black": (20, 20, 20),
}
KINDS = ["circle", "square", "rectangle", "triangle", "star", "pentagon", "hexagon", "ellipse"]
PLURALS = {k: k + "s" for k in KINDS} | {"ellipse": "ellipses", "oval": "ovals"}
PAPERS = [(255, 255, 255), (252, 251, 247), (250, 248, 240), (246, 246, 250), (248, 250, 246), (253, 250, 244)]

# Answers a user would accept as the same thing.
SYNONYMS = {
    "filled": "solid",
    "filled in": "solid",
    "gray": "grey",
    "oval": "ellipse",
    "outline": "hollow",
    "outlined": "hollow",
    "unfilled": "hollow",
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
}


@dataclass
class Shape:
    kind: str
    colour: str
    filled: bool
    outlined: bool  # filled with a darker outline
    cx: float  # bounding-box centre, pixels
    cy: float
    box: tuple[float, float, float, float]
    points: list[tuple[float, float]]
    stroke: float

    def describe(self) -> str:
        fill = "filled" if self.filled else "hollow"
        if self.filled and self.outlined:
            fill += "+outline"
        return f"{self.colour} {self.kind} {fill} @({self.cx:.0f},{self.cy:.0f})"


@dataclass
class Scene:
    path: str
    size: int
    shapes: list[Shape]


@dataclass
class Question:
    kind: str
    template: str
    text: str
    gold: str


# --------------------------------------------------------------------------- drawing


def regular_polygon(cx: float, cy: float, r: float, n: int, start: float) -> list[tuple[float, float]]:
    return [
        (cx + r * math.cos(start + 2 * math.pi * i / n), cy + r * math.sin(start + 2 * math.pi * i / n))
        for i in range(n)
    ]


def shape_points(kind: str, cx: float, cy: float, r: float, rng: np.random.Generator) -> list[tuple[float, float]]:
    """Outline points (pixel coordinates) of a shape of 'radius' r centred near (cx, cy)."""
    up = -math.pi / 2
    if kind == "circle":
        return regular_polygon(cx, cy, r, 120, 0.0)
    if kind == "ellipse":
        aspect = rng.uniform(1.6, 2.1)
        a, b = (r, r / aspect) if rng.random() < 0.6 else (r / aspect, r)
        return [(cx + a * math.cos(t), cy + b * math.sin(t)) for t in np.linspace(0, 2 * math.pi, 120, endpoint=False)]
    if kind == "square":
        h = r * 0.82
        return [(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)]
    if kind == "rectangle":
        aspect = rng.uniform(1.6, 2.2)
        w, h = (r, r / aspect) if rng.random() < 0.65 else (r / aspect, r)
        return [(cx - w, cy - h), (cx + w, cy - h), (cx + w, cy + h), (cx - w, cy + h)]
    if kind == "triangle":
        start = up if rng.random() < 0.8 else math.pi / 2
        return regular_polygon(cx, cy, r, 3, start)
    if kind == "star":
        pts = []
        inner = r * rng.uniform(0.42, 0.5)
        for i in range(10):
            rad = r if i % 2 == 0 else inner
            t = up + math.pi * i / 5
            pts.append((cx + rad * math.cos(t), cy + rad * math.sin(t)))
        return pts
    if kind == "pentagon":
        return regular_polygon(cx, cy, r * 0.95, 5, up)
    if kind == "hexagon":
        return regular_polygon(cx, cy, r * 0.95, 6, 0.0 if rng.random() < 0.5 else up)
    raise ValueError(kind)


def points_box(points: list[tuple[float, float]], pad: float) -> tuple[float, float, float, float]:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return min(xs) - pad, min(ys) - pad, max(xs) + pad, max(ys) + pad


def boxes_apart(a: tuple[float, float, float, float], b: tuple[float, float, float, float], gap: float) -> bool:
    return a[2] + gap <= b[0] or b[2] + gap <= a[0] or a[3] + gap <= b[1] or b[3] + gap <= a[1]


def make_paper(size: int, rng: np.random.Generator) -> Image.Image:
    base = np.array(PAPERS[int(rng.integers(len(PAPERS)))], dtype=np.float32)
    img = np.broadcast_to(base, (size, size, 3)).copy()
    if rng.random() < 0.4:  # light paper noise: fine grain plus soft blotches
        img += rng.normal(0.0, rng.uniform(1.0, 3.5), (size, size, 1))
        low = rng.normal(0.0, 2.5, (max(2, size // 16), max(2, size // 16)))
        low_img = Image.fromarray(((low - low.min()) / (np.ptp(low) + 1e-6) * 255).astype(np.uint8))
        low_up = np.asarray(low_img.resize((size, size), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
        img += ((low_up - 0.5) * rng.uniform(2.0, 6.0))[..., None]
    return Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "RGB")


def place_shapes(size: int, count: int, rng: np.random.Generator) -> list[Shape] | None:
    shapes: list[Shape] = []
    lo, hi = (0.14, 0.25) if count <= 2 else (0.10, 0.18)
    margin = 0.03 * size
    for _ in range(count):
        kind = KINDS[int(rng.integers(len(KINDS)))]
        colour = list(COLOURS)[int(rng.integers(len(COLOURS)))]
        filled = bool(rng.random() >= HOLLOW_RATE)
        outlined = filled and bool(rng.random() < 0.35)
        stroke = float(rng.integers(2, 5)) if filled else float(rng.integers(2, 6))
        for _attempt in range(200):
            r = rng.uniform(lo, hi) * size
            cx, cy = rng.uniform(0, size, 2)
            pts = shape_points(kind, cx, cy, r, rng)
            pad = stroke / 2 + 0.5 if (outlined or not filled) else 0.5
            box = points_box(pts, pad)
            if box[0] < margin or box[1] < margin or box[2] > size - margin or box[3] > size - margin:
                continue
            if all(boxes_apart(box, s.box, MIN_GAP) for s in shapes):
                shapes.append(
                    Shape(
                        kind, colour, filled, outlined, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2, box, pts, stroke
                    )
                )
                break
        else:
            return None
    return shapes


def render(scene_shapes: list[Shape], size: int, rng: np.random.Generator) -> Image.Image:
    layer = Image.new("RGBA", (size * SCALE, size * SCALE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    for s in scene_shapes:
        pts = [(x * SCALE, y * SCALE) for x, y in s.points]
        closed = pts + pts[:2]
        colour = COLOURS[s.colour]
        width = int(round(s.stroke * SCALE))
        if s.filled:
            draw.polygon(pts, fill=colour + (255,))
            if s.outlined:
                dark = tuple(int(c * 0.5) for c in colour)
                draw.line(closed, fill=dark + (255,), width=width, joint="curve")
        else:
            draw.line(closed, fill=colour + (255,), width=width, joint="curve")
    resample = Image.Resampling.LANCZOS if rng.random() < 0.5 else Image.Resampling.BOX
    small = layer.resize((size, size), resample)
    paper = make_paper(size, rng).convert("RGBA")
    return Image.alpha_composite(paper, small).convert("RGB")


def make_scene(index: int, folder: Path, rng: np.random.Generator) -> Scene:
    while True:
        size = int(rng.integers(128, 321))
        count = int(rng.choice([1, 2, 3, 4], p=[0.15, 0.3, 0.3, 0.25]))
        shapes = place_shapes(size, count, rng)
        if shapes is not None:
            break
    path = folder / f"outlines_{index:04d}.png"
    render(shapes, size, rng).save(path)
    return Scene(str(path), size, shapes)


# --------------------------------------------------------------------------- questions


def pick(rng: np.random.Generator, items: list) -> object:
    return items[int(rng.integers(len(items)))]


def yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def article(phrase: str) -> str:
    return ("an " if phrase[0] in "aeiou" else "a ") + phrase


def nameable(kind: str, shapes: list[Shape]) -> bool:
    """Whether naming this kind is unambiguous here (a square is also a rectangle, a circle an ellipse)."""
    kinds = {s.kind for s in shapes}
    if kind == "rectangle" and "square" in kinds:
        return False
    return not (kind == "ellipse" and "circle" in kinds)


def kind_word(kind: str, rng: np.random.Generator) -> str:
    return "oval" if kind == "ellipse" and rng.random() < 0.4 else kind


def colour_word(rng: np.random.Generator) -> str:
    return "colour" if rng.random() < 0.5 else "color"


def unique_kinds(shapes: list[Shape]) -> list[Shape]:
    return [s for s in shapes if sum(t.kind == s.kind for t in shapes) == 1 and nameable(s.kind, shapes)]


def absent_kinds(shapes: list[Shape]) -> list[str]:
    present = {s.kind for s in shapes}
    return [k for k in KINDS if k not in present and nameable(k, shapes)]


def q_fill_yesno(sc: Scene, rng: np.random.Generator) -> Question | None:
    cands = unique_kinds(sc.shapes)
    if not cands:
        return None
    s = pick(rng, cands)
    want_yes = rng.random() < 0.5
    polarity = ("filled" if s.filled else "hollow") if want_yes else ("hollow" if s.filled else "filled")
    x = kind_word(s.kind, rng)
    templates = [
        ("is_the_X_hollow", "Is the {x} hollow?", "hollow"),
        ("is_the_X_just_an_outline", "Is the {x} just an outline?", "hollow"),
        ("is_the_X_empty_inside", "Is the {x} empty inside?", "hollow"),
        ("is_the_X_unfilled", "is the {x} unfilled", "hollow"),
        ("is_the_C_X_hollow", "Is the {c} {x} hollow?", "hollow"),
        ("is_the_X_filled_in", "Is the {x} filled in?", "filled"),
        ("is_the_X_solid", "Is the {x} solid?", "filled"),
        ("is_the_X_coloured_in", "Is the {x} {cw}ed in?", "filled"),
        ("is_the_C_X_filled", "is the {c} {x} filled", "filled"),
    ]
    tid, text, _ = pick(rng, [t for t in templates if t[2] == polarity])
    q = text.format(x=x, c=s.colour, cw=colour_word(rng))
    return Question("fill/yesno", tid, q, yes_no(want_yes))


def q_fill_choice(sc: Scene, rng: np.random.Generator) -> Question | None:
    cands = unique_kinds(sc.shapes)
    if not cands:
        return None
    # Balance solid / hollow golds.
    want_hollow = rng.random() < 0.5
    pref = [s for s in cands if s.filled != want_hollow] or cands
    s = pick(rng, pref)
    templates = [
        ("is_the_X_solid_or_hollow", "Is the {x} solid or hollow?"),
        ("is_the_X_filled_or_hollow", "Is the {x} filled or hollow?"),
        ("is_the_X_hollow_or_filled_in", "is the {x} hollow or filled in"),
        ("is_the_X_filled_in_or_outline", "Is the {x} filled in or just an outline?"),
        ("is_the_C_X_solid_or_hollow", "Is the {c} {x} solid or hollow?"),
        ("X_solid_or_hollow_bare", "{x}: solid or hollow?"),
    ]
    tid, text = pick(rng, templates)
    q = text.format(x=kind_word(s.kind, rng), c=s.colour)
    if tid == "X_solid_or_hollow_bare":
        q = "the " + q
    return Question("fill/choice", tid, q, "solid" if s.filled else "hollow")


def q_fill_count(sc: Scene, rng: np.random.Generator) -> Question | None:
    n_hollow = sum(not s.filled for s in sc.shapes)
    n_filled = len(sc.shapes) - n_hollow
    if rng.random() < 0.2:  # per kind
        kinds = [k for k in {s.kind for s in sc.shapes} if nameable(k, sc.shapes)]
        if not kinds:
            return None
        k = pick(rng, sorted(kinds))
        hollow = rng.random() < 0.5
        n = sum(s.kind == k and s.filled != hollow for s in sc.shapes)
        word = PLURALS[kind_word(k, rng)]
        if hollow:
            return Question("fill/count", "how_many_hollow_Xs", f"How many hollow {word} are there?", str(n))
        return Question("fill/count", "how_many_filled_Xs", f"How many filled {word} are there?", str(n))
    hollow = rng.random() < 0.5
    if hollow:
        templates = [
            ("how_many_hollow_shapes", "How many hollow shapes are there?"),
            ("how_many_just_outlines", "how many shapes are just outlines"),
            ("how_many_not_filled_in", "How many of the shapes are not filled in?"),
            ("count_the_hollow_shapes", "Count the hollow shapes."),
            ("how_many_empty_inside", "How many shapes are empty inside?"),
            ("how_many_unfilled", "how many unfilled shapes are in the picture?"),
        ]
        n = n_hollow
    else:
        templates = [
            ("how_many_shapes_filled", "How many shapes are filled?"),
            ("how_many_filled_shapes", "How many filled shapes are there?"),
            ("how_many_solid_shapes", "How many solid shapes do you see?"),
            ("how_many_filled_in", "how many shapes are filled in"),
            ("how_many_coloured_in", "How many shapes are {cw}ed in?"),
        ]
        n = n_filled
    tid, text = pick(rng, templates)
    return Question("fill/count", tid, text.format(cw=colour_word(rng)), str(n))


def q_fill_any(sc: Scene, rng: np.random.Generator) -> Question | None:
    any_hollow = any(not s.filled for s in sc.shapes)
    any_filled = any(s.filled for s in sc.shapes)
    templates = [
        ("any_unfilled", "Are there any unfilled shapes?", any_hollow),
        ("is_any_shape_hollow", "Is any shape hollow?", any_hollow),
        ("is_there_a_hollow_shape", "is there a hollow shape", any_hollow),
        ("any_just_outline", "Are any of the shapes just an outline?", any_hollow),
        ("any_filled_in", "Are any of the shapes filled in?", any_filled),
        ("is_there_a_solid_shape", "Is there a solid shape?", any_filled),
        ("are_all_filled", "Are all the shapes filled?", not any_hollow),
        ("are_all_hollow", "Are all of the shapes hollow?", not any_filled),
        ("all_just_outlines", "are all the shapes just outlines", not any_filled),
    ]
    want = rng.random() < 0.5
    ok = [t for t in templates if t[2] == want]
    if not ok:
        return None
    tid, text, gold = pick(rng, ok)
    return Question("fill/any", tid, text, yes_no(gold))


def q_fill_colour(sc: Scene, rng: np.random.Generator) -> Question | None:
    hollow = [s for s in sc.shapes if not s.filled]
    filled = [s for s in sc.shapes if s.filled]
    cw = colour_word(rng)
    options = []
    if len(hollow) == 1:
        options += [
            ("colour_of_hollow_shape", f"What {cw} is the hollow shape?", hollow[0]),
            ("colour_of_not_filled_in", f"what {cw} is the shape that is not filled in", hollow[0]),
            ("colour_of_empty_shape", f"What is the {cw} of the empty shape?", hollow[0]),
            ("colour_of_outline_only", f"Which {cw} is the shape drawn only as an outline?", hollow[0]),
        ]
    if len(filled) == 1 and hollow:
        options += [
            ("colour_of_filled_shape", f"What {cw} is the filled shape?", filled[0]),
            ("colour_of_solid_shape", f"What {cw} is the solid shape?", filled[0]),
            ("colour_of_filled_in", f"what {cw} is the shape that is filled in", filled[0]),
        ]
    if not options:
        return None
    tid, text, s = pick(rng, options)
    return Question("fill/colour", tid, text, s.colour)


def q_fill_which(sc: Scene, rng: np.random.Generator) -> Question | None:
    if len(sc.shapes) < 2:
        return None
    hollow = [s for s in sc.shapes if not s.filled]
    filled = [s for s in sc.shapes if s.filled]
    options = []
    if len(hollow) == 1:
        options += [
            ("which_not_filled_in", "Which shape is not filled in?", hollow[0]),
            ("which_is_hollow", "Which shape is hollow?", hollow[0]),
            ("what_shape_just_outline", "what shape is just an outline", hollow[0]),
            ("which_empty_inside", "Which of the shapes is empty inside?", hollow[0]),
            ("which_isnt_coloured_in", f"Which shape isn't {colour_word(rng)}ed in?", hollow[0]),
        ]
    if len(filled) == 1:
        options += [
            ("which_is_filled_in", "Which shape is filled in?", filled[0]),
            ("which_is_solid", "Which shape is solid?", filled[0]),
            ("which_one_filled", "which one of the shapes is filled", filled[0]),
        ]
    if not options:
        return None
    tid, text, s = pick(rng, options)
    return Question("fill/which", tid, text, s.kind)


def q_which_of(sc: Scene, rng: np.random.Generator) -> Question | None:
    absent = absent_kinds(sc.shapes)
    present = sorted({s.kind for s in sc.shapes})
    templates = [
        ("which_of_these_in_picture_3", "Which of these is in the picture: {a}, {b} or {c}?", 3, True),
        ("which_following_appears_3", "Which of the following shapes appears in the image: {A}, {B}, {C}?", 3, False),
        ("which_one_can_you_see_2", "Which one of these can you see: {a} or {b}?", 2, True),
        ("which_is_there_2", "which is there, {a} or {b}", 2, True),
        ("which_shape_do_you_see_3", "Which shape do you see here: {a}, {b} or {c}?", 3, True),
        ("out_of_which_3", "Out of {a}, {b} and {c}, which one is in the picture?", 3, True),
        ("which_was_drawn_2", "Which of these shapes was drawn: {A} or {B}?", 2, False),
    ]
    tid, text, n, _articles = pick(rng, templates)
    if len(absent) < n - 1:
        return None
    p = str(pick(rng, present))
    opts = [p] + [str(k) for k in rng.choice(absent, size=n - 1, replace=False)]
    opts = [opts[i] for i in rng.permutation(n)]
    words = [kind_word(k, rng) for k in opts]
    fmt = {}
    for key_a, key_b, w in zip("abc", "ABC", words + ["", ""], strict=False):
        fmt[key_a] = article(w) if w else ""
        fmt[key_b] = w
    return Question("which_of", tid, text.format(**fmt), p)


REL_PHRASES = {
    "left": ["to the left of", "left of", "on the left of"],
    "right": ["to the right of", "right of", "on the right side of"],
    "above": ["above", "higher up than", "above"],
    "below": ["below", "under", "beneath"],
}


def rel_delta(rel: str, a: Shape, b: Shape) -> float:
    """Positive when a is `rel` of b (box centres, pixels)."""
    return {"left": b.cx - a.cx, "right": a.cx - b.cx, "above": b.cy - a.cy, "below": a.cy - b.cy}[rel]


def descriptor_options(s: Shape, shapes: list[Shape]) -> list[tuple[str, str, str | None]]:
    """(kind-or-None, colour-or-None) descriptors that match s."""
    out: list[tuple[str, str, str | None]] = [("colour", s.colour, None)]
    if nameable(s.kind, shapes):
        out += [("kind", "", s.kind), ("colour_kind", s.colour, s.kind)]
    return out


def matches(desc: tuple[str, str, str | None], s: Shape) -> bool:
    _, colour, kind = desc
    return (not colour or s.colour == colour) and (kind is None or s.kind == kind)


def desc_text(desc: tuple[str, str, str | None], rng: np.random.Generator) -> str:
    _, colour, kind = desc
    noun = kind_word(kind, rng) if kind else "shape"
    return f"{colour} {noun}" if colour else noun


def q_relation(sc: Scene, rng: np.random.Generator) -> Question | None:
    shapes = sc.shapes
    t = REL_MARGIN * sc.size
    rels = list(REL_PHRASES)
    want_yes = rng.random() < 0.5
    desc_a = desc_b = None
    rel = ""
    gold = ""
    if not want_yes and (len(shapes) < 2 or rng.random() < 0.4):
        # Absent variant: one of the two descriptors matches nothing.
        s = pick(rng, shapes)
        present = pick(rng, descriptor_options(s, shapes))
        absent_k = absent_kinds(shapes)
        absent_c = [c for c in COLOURS if all(x.colour != c for x in shapes)]
        choices: list[tuple[str, str, str | None]] = [("kind", "", k) for k in absent_k]
        choices += [("colour", c, None) for c in absent_c]
        if not choices:
            return None
        missing = pick(rng, choices)
        desc_a, desc_b = (missing, present) if rng.random() < 0.5 else (present, missing)
        rel = str(pick(rng, rels))
        gold = "no"
    else:
        if len(shapes) < 2:
            return None
        i, j = (int(v) for v in rng.choice(len(shapes), size=2, replace=False))
        a, b = shapes[i], shapes[j]
        for _ in range(6):
            da = pick(rng, descriptor_options(a, shapes))
            db = pick(rng, descriptor_options(b, shapes))
            set_a = [s for s in shapes if matches(da, s)]
            set_b = [s for s in shapes if matches(db, s)]
            if any(s in set_b for s in set_a):
                continue
            pairs = [(x, y) for x in set_a for y in set_b]
            if want_yes:
                ok = [r for r in rels if any(rel_delta(r, x, y) > t for x, y in pairs)]
            else:
                ok = [r for r in rels if all(rel_delta(r, x, y) < -t for x, y in pairs)]
            if ok:
                desc_a, desc_b, rel = da, db, str(pick(rng, ok))
                gold = yes_no(want_yes)
                break
        if desc_a is None or desc_b is None:
            return None
    phrase = str(pick(rng, REL_PHRASES[rel]))
    ta, tb = desc_text(desc_a, rng), desc_text(desc_b, rng)
    templates = [
        ("is_there_a_X_REL_a_Y", "Is there {a} {rel} {b}?"),
        ("is_a_X_REL_a_Y", "Is {a} {rel} {b}?"),
        ("does_a_X_appear_REL_a_Y", "Does {a} appear {rel} {b}?"),
        ("is_any_X_REL_a_Y", "Is any {A} {rel} {b}?"),
        ("can_you_see_a_X_REL_a_Y", "can you see {a} {rel} {b}"),
        ("is_there_a_X_anywhere_REL_a_Y", "Is there {a} anywhere {rel} {b}?"),
    ]
    tid, text = pick(rng, templates)
    q = text.format(a=article(ta), A=ta, b=article(tb), rel=phrase)
    return Question("relation", f"{tid}[{rel}]", q, gold)


def q_count(sc: Scene, rng: np.random.Generator) -> Question | None:
    shapes = sc.shapes
    roll = rng.random()
    if roll < 0.45:
        templates = [
            ("how_many_shapes", "How many shapes are there?"),
            ("how_many_shapes_bare", "how many shapes"),
            ("how_many_objects", "How many objects are in the picture?"),
            ("count_the_shapes", "Count the shapes."),
            ("how_many_can_you_see", "How many shapes can you see?"),
            ("how_many_things_drawn", "How many things are drawn here?"),
            ("number_of_shapes", "What is the number of shapes in the image?"),
        ]
        tid, text = pick(rng, templates)
        return Question("count", tid, text, str(len(shapes)))
    if roll < 0.8:
        present = sorted(k for k in {s.kind for s in shapes} if nameable(k, shapes))
        absent = absent_kinds(shapes)
        pool = present if (rng.random() < 0.75 and present) else absent
        if not pool:
            return None
        k = str(pick(rng, pool))
        word = PLURALS[kind_word(k, rng)]
        templates = [
            ("how_many_Xs_are_there", f"How many {word} are there?"),
            ("how_many_Xs_can_you_see", f"how many {word} can you see"),
            ("count_the_Xs", f"Count the {word}."),
            ("how_many_Xs_in_picture", f"How many {word} are in the picture?"),
        ]
        tid, text = pick(rng, templates)
        return Question("count", tid, text, str(sum(s.kind == k for s in shapes)))
    c = str(pick(rng, [s.colour for s in shapes] * 3 + list(COLOURS)))
    templates = [
        ("how_many_C_shapes", f"How many {c} shapes are there?"),
        ("how_many_shapes_are_C", f"How many shapes are {c}?"),
        ("how_many_C_things", f"how many {c} things are in the image"),
    ]
    tid, text = pick(rng, templates)
    return Question("count", tid, text, str(sum(s.colour == c for s in shapes)))


def q_colour(sc: Scene, rng: np.random.Generator) -> Question | None:
    cands = unique_kinds(sc.shapes)
    if not cands:
        return None
    s = pick(rng, cands)
    x = kind_word(s.kind, rng)
    cw = colour_word(rng)
    templates = [
        ("what_colour_is_the_X", f"What {cw} is the {x}?"),
        ("what_colour_is_the_X_bare", f"what {cw} is the {x}"),
        ("which_colour_is_the_X", f"Which {cw} is the {x}?"),
        ("what_colour_X_in_picture", f"What {cw} is the {x} in the picture?"),
        ("tell_me_colour_of_X", f"Tell me the {cw} of the {x}."),
        ("whats_the_colour_of_X", f"What's the {cw} of the {x}?"),
    ]
    tid, text = pick(rng, templates)
    return Question("colour", tid, text, s.colour)


def q_exists(sc: Scene, rng: np.random.Generator) -> Question | None:
    shapes = sc.shapes
    want_yes = rng.random() < 0.5
    if rng.random() < 0.5:
        present = sorted({s.colour for s in shapes})
        pool = present if want_yes else [c for c in COLOURS if c not in present]
        if not pool:
            return None
        c = str(pick(rng, pool))
        templates = [
            ("is_there_a_C_shape", f"Is there {article(c)} shape?"),
            ("is_anything_C", f"Is anything {c}?"),
            ("is_there_something_C", f"is there something {c} in the picture"),
            ("are_there_any_C_shapes", f"Are there any {c} shapes?"),
            ("do_you_see_a_C_shape", f"Do you see {article(c)} shape?"),
        ]
    else:
        present = sorted(k for k in {s.kind for s in shapes} if nameable(k, shapes))
        pool = present if want_yes else absent_kinds(shapes)
        if not pool:
            return None
        k = str(pick(rng, pool))
        x = kind_word(k, rng)
        templates = [
            ("is_there_a_X", f"Is there {article(x)}?"),
            ("is_there_a_X_in_picture", f"Is there {article(x)} in the picture?"),
            ("can_you_see_a_X", f"Can you see {article(x)}?"),
            ("are_there_any_Xs", f"Are there any {PLURALS[x]}?"),
            ("does_image_contain_a_X", f"does the image contain {article(x)}"),
        ]
    tid, text = pick(rng, templates)
    return Question("exists", tid, text, yes_no(want_yes))


GENERATORS = [
    (q_fill_yesno, 10),
    (q_fill_choice, 6),
    (q_fill_count, 7),
    (q_fill_any, 5),
    (q_fill_colour, 5),
    (q_fill_which, 5),
    (q_which_of, 14),
    (q_relation, 20),
    (q_count, 10),
    (q_colour, 8),
    (q_exists, 10),
]


def casual(text: str, rng: np.random.Generator) -> str:
    """Vary surface form the way people type: sometimes lowercase, sometimes no question mark."""
    if rng.random() < 0.2:
        text = text[0].lower() + text[1:]
    if text.endswith("?") and rng.random() < 0.15:
        text = text[:-1]
    return text


def questions_for(sc: Scene, n: int, rng: np.random.Generator) -> list[Question]:
    weights = np.array([w for _, w in GENERATORS], dtype=float)
    weights /= weights.sum()
    out: list[Question] = []
    seen: set[str] = set()
    for _ in range(n * 12):
        if len(out) >= n:
            break
        gen = GENERATORS[int(rng.choice(len(GENERATORS), p=weights))][0]
        q = gen(sc, rng)
        if q is None:
            continue
        q.text = casual(q.text, rng)
        key = q.text.lower().rstrip("?. ")
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


# --------------------------------------------------------------------------- scoring


def normalise(answer: str) -> str:
    a = " ".join(str(answer).strip().lower().rstrip(".!?").split())
    for prefix in ("a ", "an ", "the "):
        if a.startswith(prefix):
            a = a[len(prefix) :]
    return SYNONYMS.get(a, a)


def score(status: str, answer: str | None, gold: str) -> str:
    if status != "ok" or answer is None or normalise(answer) in ("unknown", ""):
        return "unknown"
    return "right" if normalise(answer) == normalise(gold) else "wrong"


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}%" if whole else "   - "


def row(label: str, outcomes: list[str], width: int) -> str:
    n = len(outcomes)
    r, u, w = (outcomes.count(k) for k in ("right", "unknown", "wrong"))
    return f"  {label:<{width}} n={n:<4d} right {pct(r, n)}  unknown {pct(u, n)}  wrong {pct(w, n)}"


def table(title: str, groups: dict[str, list[str]]) -> None:
    print(f"\n{title}")
    width = max(len(k) for k in groups) + 1
    for key in sorted(groups):
        print(row(key, groups[key], width))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--images", type=int, default=120, help="number of drawings (default 120)")
    ap.add_argument("--per-image", type=int, default=5, help="questions per drawing (default 5)")
    ap.add_argument("--show-failures", action="store_true", help="list every wrong and unknown answer")
    ap.add_argument("--out-dir", default=None, help="where to write the PNGs (default: a new temp folder)")
    args = ap.parse_args(argv)

    from nsvr.agent.ask import AskOptions, ask

    rng = np.random.default_rng(args.seed)
    folder = Path(args.out_dir) if args.out_dir else Path(tempfile.mkdtemp(prefix="nsvr_outlines_"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"[outlines] writing {args.images} drawings to {folder}", file=sys.stderr)

    options = AskOptions(perception="photo")
    records: list[tuple[Scene, Question, str, str, str, str]] = []
    t0 = time.time()
    for idx in range(args.images):
        sc = make_scene(idx, folder, rng)
        for q in questions_for(sc, args.per_image, rng):
            try:
                res = ask(sc.path, q.text, options)
                status, answer, reason = str(res.status), res.answer, str(getattr(res, "reason", "") or "")
            except Exception as exc:  # noqa: BLE001 - a crash is scored as unknown and reported
                status, answer, reason = "error", None, f"exception: {exc!r}"
            outcome = score(status, answer, q.gold)
            records.append((sc, q, str(answer), status, reason, outcome))
        if (idx + 1) % 20 == 0:
            print(
                f"[outlines] {idx + 1}/{args.images} images, {len(records)} questions, {time.time() - t0:.0f}s",
                file=sys.stderr,
            )

    everything = [r[5] for r in records]
    print(row("all", everything, 4))
    by_kind: dict[str, list[str]] = defaultdict(list)
    by_template: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for _, q, _, _, _, outcome in records:
        by_kind[q.kind].append(outcome)
        by_template[f"{q.kind}/{q.template}"].append(outcome)
        g = normalise(q.gold)
        by_gold[g if g in ("yes", "no", "solid", "hollow") else ("number" if g.isdigit() else "name")].append(outcome)
    table("by question kind:", by_kind)
    table("by wording template:", by_template)
    table("by gold answer:", by_gold)
    n_shapes = sum(len(sc.shapes) for sc in {id(r[0]): r[0] for r in records}.values())
    n_hollow = sum(sum(not s.filled for s in sc.shapes) for sc in {id(r[0]): r[0] for r in records}.values())
    print(
        f"\n{args.images} images, {n_shapes} shapes ({pct(n_hollow, n_shapes).strip()} hollow), "
        f"{len(records)} questions, {time.time() - t0:.0f}s, seed {args.seed}, images in {folder}"
    )

    if args.show_failures:
        print("\nfailures (wrong and unknown):")
        for sc, q, answer, status, reason, outcome in records:
            if outcome == "right":
                continue
            print(f"- [{outcome}] ({q.kind}/{q.template}) {q.text!r}  gold={q.gold!r}  nsvr={answer!r} status={status}")
            print(f"    reason: {reason or '-'}")
            print(f"    image: {Path(sc.path).name} {sc.size}px; shapes: " + "; ".join(s.describe() for s in sc.shapes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
