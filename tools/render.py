"""Pictures of scene graphs, PIL only: the graph drawn over its image, the image beside a table of its relations,
and a node-and-edge diagram.

Evidence objects (``highlight``) are drawn bright and thick, the others dimmed, so an answer's grounding is
visible at a glance. Pictures are drawn at a bounded size (:data:`PICTURE_MAX_SIDE`), whatever the image's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from nsvr.scene_graph.models import RLE, Object, SceneGraph
from nsvr.tools import masks as rle_masks
from nsvr.tools.image_io import ImageSource, load_image

PALETTE = [
    (230, 25, 75),
    (60, 180, 75),
    (0, 130, 200),
    (245, 130, 48),
    (145, 30, 180),
    (70, 240, 240),
    (240, 50, 230),
    (210, 245, 60),
    (250, 190, 212),
    (0, 128, 128),
    (170, 110, 40),
    (128, 0, 0),
]
HIGHLIGHT = (255, 215, 0)
DIMMED = (150, 150, 150)
PICTURE_MAX_SIDE = 2048
"""Longest side of a drawn picture (a 12000x9000 photo is drawn at 2048x1536); ``max_side=None`` draws it at
full size."""
CROWDED = 60
"""With more objects than this, the picture labels each with its id alone (the table and --json say the rest)."""


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def object_label(obj: Object) -> str:
    """``"id:name attr1 attr2"``, e.g. ``"3:cup red"``."""
    values = [a.value for key, a in obj.attributes.items() if key != "caption"]
    return " ".join([f"{obj.id}:{obj.name}", *values])


def draw_scene_graph(
    image: ImageSource,
    graph: SceneGraph,
    highlight: Iterable[str] = (),
    mask_alpha: float = 0.4,
    max_side: int | None = PICTURE_MAX_SIDE,
) -> Image.Image:
    """``image`` with every object's mask, box and label; objects in ``highlight`` stand out (when some are
    highlighted the rest are dimmed). The image is shown with its longest side at most ``max_side`` (None: full
    size); the graph's coordinates are scaled to it."""
    loaded = load_image(image, max_side=max_side or 1_000_000)
    canvas = loaded.to_pil().convert("RGBA")
    sx = canvas.width / graph.width if graph.width else 1.0
    sy = canvas.height / graph.height if graph.height else 1.0
    marked = set(highlight)
    tints = np.zeros((canvas.height, canvas.width, 4), np.uint8)  # the masks, each painted over those before it
    # highlighted drawn last, on top
    order = sorted(enumerate(graph.objects), key=lambda item: item[1].id in marked)
    for position, obj in order:
        if obj.mask is not None:
            alpha = int(255 * mask_alpha * (1.0 if not marked or obj.id in marked else 0.4))
            _paint_mask(tints, obj.mask, (*_colour(position, obj, marked), alpha))
    overlay = Image.fromarray(tints, "RGBA")
    draw = ImageDraw.Draw(overlay)
    boxes = [obj.box for obj in graph.objects if obj.box is not None]
    crowded = len(boxes) > CROWDED
    size = max(12, canvas.width // 60)
    if crowded:  # ids only, about as tall as half a typical object, so neighbours' labels do not cover each other
        typical = float(np.median([min((b[2] - b[0]) * sx, (b[3] - b[1]) * sy) for b in boxes]))
        size = int(np.clip(0.5 * typical, 8, size))
    font = _font(size)
    for position, obj in order:
        colour = _colour(position, obj, marked)
        if obj.box is None:
            continue
        box = (obj.box[0] * sx, obj.box[1] * sy, obj.box[2] * sx, obj.box[3] * sy)
        width = (max(1, size // 6) if crowded else max(2, canvas.width // 200)) * (2 if obj.id in marked else 1)
        draw.rectangle(box, outline=(*colour, 255), width=width)
        label = obj.id if crowded else object_label(obj)
        left, top, right, bottom = draw.textbbox((box[0], box[1]), label, font=font)
        lift = bottom - top + 4
        y = box[1] - lift if box[1] >= lift else box[1]
        draw.rectangle((box[0], y, box[0] + right - left + 6, y + lift), fill=(*colour, 220))
        draw.text((box[0] + 3, y + 1), label, fill=(0, 0, 0, 255), font=font)
    return Image.alpha_composite(canvas, overlay).convert("RGB")


def _paint_mask(tints: np.ndarray, mask: RLE, rgba: tuple[int, int, int, int]) -> None:
    """Paint ``rgba`` where ``mask`` (at any resolution) lies on the ``(height, width, 4)`` canvas ``tints``, in
    the mask's own box (nearest-neighbour scaling)."""
    found = rle_masks.decode_crop(mask)
    if found is None:
        return
    crop, (x0, y0) = found
    sy, sx = tints.shape[0] / mask.size[0], tints.shape[1] / mask.size[1]
    top, left = int(np.floor(y0 * sy)), int(np.floor(x0 * sx))
    bottom = min(tints.shape[0], max(top + 1, int(np.ceil((y0 + crop.shape[0]) * sy))))
    right = min(tints.shape[1], max(left + 1, int(np.ceil((x0 + crop.shape[1]) * sx))))
    if top >= bottom or left >= right:
        return
    # each canvas pixel takes the mask pixel its centre falls in
    rows = np.floor((np.arange(top, bottom) + 0.5) / sy).astype(int) - y0
    columns = np.floor((np.arange(left, right) + 0.5) / sx).astype(int) - x0
    keep_rows = (rows >= 0) & (rows < crop.shape[0])
    keep_columns = (columns >= 0) & (columns < crop.shape[1])
    inside = crop[np.ix_(rows.clip(0, crop.shape[0] - 1), columns.clip(0, crop.shape[1] - 1))]
    inside &= keep_rows[:, None] & keep_columns[None, :]
    tints[top:bottom, left:right][inside] = rgba


def _colour(position: int, obj: Object, marked: set[str]) -> tuple[int, int, int]:
    if obj.id in marked:
        return HIGHLIGHT
    if marked:
        return DIMMED
    return PALETTE[position % len(PALETTE)]


def _layout(graph: SceneGraph, size: int, margin: int) -> dict[str, tuple[float, float]]:
    """Node positions: where the objects are in the image when they have boxes, else on a circle."""
    span = size - 2 * margin
    places: dict[str, tuple[float, float]] = {}
    count = max(1, len(graph.objects))
    unit = span / max(graph.width, graph.height, 1)  # one scale for x and y keeps the image's aspect ratio
    left = margin + (span - graph.width * unit) / 2
    top = margin + (span - graph.height * unit) / 2
    for index, obj in enumerate(graph.objects):
        if obj.center is not None and graph.width and graph.height:
            places[obj.id] = (left + obj.center[0] * unit, top + obj.center[1] * unit)
        else:
            angle = 2 * math.pi * index / count
            places[obj.id] = (size / 2 + span / 2 * math.cos(angle), size / 2 + span / 2 * math.sin(angle))
    # Spread nodes that landed on top of each other.
    ids = list(places)
    for _ in range(30):
        moved = False
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                (ax, ay), (bx, by) = places[a], places[b]
                gap = math.hypot(ax - bx, ay - by)
                if gap < margin:
                    push = (margin - gap) / 2 + 1
                    dx, dy = ((ax - bx) / gap, (ay - by) / gap) if gap > 1e-6 else (1.0, 0.0)
                    places[a], places[b] = (ax + dx * push, ay + dy * push), (bx - dx * push, by - dy * push)
                    moved = True
        if not moved:
            break
    return places


def draw_graph_diagram(
    graph: SceneGraph,
    highlight: Iterable[str] = (),
    predicates: Iterable[str] | None = None,
    size: int = 800,
) -> Image.Image:
    """The graph as nodes (objects, with their labels) and arrows (relations, labelled with the predicate),
    laid out where the objects are in the image. ``predicates`` limits which relations are drawn."""
    keep = None if predicates is None else set(predicates)
    marked = set(highlight)
    margin = max(40, size // 12)
    picture = Image.new("RGB", (size, size), (255, 255, 255))
    draw = ImageDraw.Draw(picture)
    font = _font(max(10, size // 70))
    places = _layout(graph, size, margin)
    radius = max(8, size // 60)
    for relation in graph.all_relations():
        if keep is not None and relation.predicate not in keep:
            continue
        (x1, y1), (x2, y2) = places[relation.subject], places[relation.object]
        length = math.hypot(x2 - x1, y2 - y1)
        if length < 1e-6:
            continue
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        # Offset both directions of a pair sideways so "a left b" and "b right a" do not overlap.
        ox, oy = -uy * 4, ux * 4
        start = (x1 + ux * radius + ox, y1 + uy * radius + oy)
        end = (x2 - ux * radius + ox, y2 - uy * radius + oy)
        evidence = relation.subject in marked and relation.object in marked
        colour = HIGHLIGHT if evidence else (120, 120, 120)
        draw.line([start, end], fill=colour, width=3 if evidence else 1)
        head = [
            end,
            (end[0] - ux * 9 - uy * 5, end[1] - uy * 9 + ux * 5),
            (end[0] - ux * 9 + uy * 5, end[1] - uy * 9 - ux * 5),
        ]
        draw.polygon(head, fill=colour)
        middle = ((start[0] + end[0]) / 2 + ox * 2, (start[1] + end[1]) / 2 + oy * 2)
        draw.text(middle, relation.predicate, fill=(60, 60, 60), font=font, anchor="mm")
    for position, obj in enumerate(graph.objects):
        x, y = places[obj.id]
        fill = _colour(position, obj, marked)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=fill, outline=(0, 0, 0))
        draw.text((x, y + radius + 2), object_label(obj), fill=(0, 0, 0), font=font, anchor="ma")
    return picture


def mirrored_predicates(graph: SceneGraph) -> dict[str, str]:
    """Predicates that only restate another one backwards (``right`` when every ``a right b`` has ``b left a``):
    predicate -> the one it mirrors. Pictures list the first of each such pair only.

    >>> from nsvr.scene_graph.models import Relation
    >>> g = SceneGraph(width=9, height=9, objects=[Object(id="a", name="x"), Object(id="b", name="y")],
    ...                relations=[Relation(subject="a", predicate="left", object="b"),
    ...                           Relation(subject="b", predicate="right", object="a")])
    >>> mirrored_predicates(g)
    {'right': 'left'}
    """
    pairs: dict[str, set[tuple[str, str]]] = {}
    for relation in graph.relations:
        pairs.setdefault(relation.predicate, set()).add((relation.subject, relation.object))
    names = sorted(pairs)
    mirrors: dict[str, str] = {}
    for index, first in enumerate(names):
        if first in mirrors:
            continue
        backwards = {(o, s) for s, o in pairs[first]}
        if backwards == pairs[first]:  # symmetric ("near"): another with the same pairs is no reverse of it
            continue
        for second in names[index + 1 :]:
            if second not in mirrors and pairs[second] == backwards:
                mirrors[second] = first
                break
    return mirrors


def relation_lines(graph: SceneGraph) -> list[tuple[str, str]]:
    """The relations as short text lines, grouped by predicate: ``("heading", "left of  (right: the reverse)")``
    then ``("row", "0 person -> 1, 2")`` per subject; a symmetric predicate (``near``) lists each pair once.

    >>> from nsvr.scene_graph.models import Relation
    >>> g = SceneGraph(width=9, height=9, objects=[Object(id="a", name="cup"), Object(id="b", name="mug")],
    ...                relations=[Relation(subject="a", predicate="near", object="b"),
    ...                           Relation(subject="b", predicate="near", object="a")])
    >>> relation_lines(g)
    [('heading', 'near  (both ways)'), ('row', 'a cup -- b')]
    """
    mirrors = mirrored_predicates(graph)
    names = {o.id: o.name for o in [*graph.objects, *graph.candidates]}
    by_predicate: dict[str, dict[str, list[str]]] = {}
    for relation in graph.relations:
        if relation.predicate not in mirrors:
            targets = by_predicate.setdefault(relation.predicate, {}).setdefault(relation.subject, [])
            targets.append(relation.object)
    lines: list[tuple[str, str]] = []
    for predicate, subjects in by_predicate.items():
        pairs = {(s, o) for s, targets in subjects.items() for o in targets}
        symmetric = all((o, s) in pairs for s, o in pairs)
        reverse = [name for name, first in mirrors.items() if first == predicate]
        note = "  (both ways)" if symmetric else f"  ({reverse[0]}: the reverse)" if reverse else ""
        lines.append(("heading", f"{predicate}{note}"))
        for subject, targets in subjects.items():
            shown = [o for o in targets if not symmetric or _order(subject) < _order(o)]
            if shown:
                arrow = "--" if symmetric else "->"
                lines.append(("row", f"{subject} {names.get(subject, '?')} {arrow} {', '.join(shown)}"))
    return lines


def _order(object_id: str) -> tuple[int, str]:
    return (int(object_id), "") if object_id.isdigit() else (1 << 62, object_id)


def draw_graph_picture(
    image: ImageSource, graph: SceneGraph, highlight: Iterable[str] = (), max_side: int = 1024
) -> Image.Image:
    """What ``nsvr graph --show`` writes: the image with its objects (at most ``max_side`` pixels high or wide)
    beside a table of the objects and of the relations grouped by predicate, so every label can be read."""
    photo = draw_scene_graph(image, graph, highlight=highlight, max_side=max_side)
    font = _font(16)
    bold = _font(18)
    line = 22
    panel_width = 560
    rows: list[tuple[str, str, tuple[int, int, int] | None]] = [("title", f"objects ({len(graph.objects)})", None)]
    marked = set(highlight)
    for position, obj in enumerate(graph.objects):
        rows.append(("row", object_label(obj).replace(":", " ", 1), _colour(position, obj, marked)))
    relation_rows = relation_lines(graph)
    rows.append(("title", f"relations ({len(graph.relations)})", None))
    rows.extend((kind, text, None) for kind, text in relation_rows)
    wrapped = [(kind, piece, swatch) for kind, text, swatch in rows for piece in _wrap(text, font, panel_width - 50)]
    limit = max(photo.height, 1400) // line - 1
    if len(wrapped) > limit:
        hidden = len(wrapped) - limit + 1
        wrapped = [*wrapped[: limit - 1], ("row", f"... {hidden} more lines: see the graph's JSON", None)]
    height = max(photo.height, 16 + line * len(wrapped))
    picture = Image.new("RGB", (photo.width + panel_width, height), (255, 255, 255))
    picture.paste(photo, (0, 0))
    draw = ImageDraw.Draw(picture)
    x, y = photo.width + 16, 10
    for kind, text, swatch in wrapped:
        if kind == "title":
            y += 4
            draw.text((x, y), text, fill=(0, 0, 0), font=bold)
        elif kind == "heading":
            draw.text((x + 8, y), text, fill=(20, 60, 140), font=bold)
        else:
            if swatch is not None:
                draw.rectangle((x + 8, y + 3, x + 22, y + 17), fill=swatch, outline=(0, 0, 0))
            draw.text((x + 30, y), text, fill=(30, 30, 30), font=font)
        y += line
    return picture


def _wrap(text: str, font: ImageFont.FreeTypeFont | ImageFont.ImageFont, width: int) -> list[str]:
    """``text`` cut at spaces into pieces no wider than ``width`` pixels (continuations indented)."""
    pieces, current = [], ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and font.getlength(trial) > width:
            pieces.append(current)
            current = "    " + word
        else:
            current = trial
    return [*pieces, current]
