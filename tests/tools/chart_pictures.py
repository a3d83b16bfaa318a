"""Charts and pictograms drawn with PIL, with their ground truth, for the tests of nsvr.tools.charts, figures and
pictograms: bar charts (upright or lying bars, with or without axes and category labels), pies and donuts (with
or without white separators and a legend), and houses, trees, smileys, suns and block arrows among plain shapes.

Pictures are drawn at three times their size and shrunk (as a slide or a chart exported antialiased). This is a
generator of its own, not the infographic benchmark's: other proportions, other colours, lying bars, donuts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SCALE = 3
PALETTE: dict[str, tuple[int, int, int]] = {
    "red": (210, 45, 45),
    "blue": (40, 95, 205),
    "green": (50, 155, 75),
    "orange": (240, 140, 30),
    "purple": (130, 70, 170),
    "yellow": (240, 200, 35),
    "pink": (235, 125, 170),
    "gray": (128, 128, 128),
    "brown": (120, 75, 35),
}
INK = (30, 30, 30)


@dataclass
class Picture:
    """A drawn picture and what is in it."""

    image: Image.Image
    bars: list[tuple[str, float]] = field(default_factory=list)  # colour, length (share of the plot), in order
    slices: list[tuple[str, float]] = field(default_factory=list)  # colour, share of the pie, in turn order
    things: list[tuple[str, str]] = field(default_factory=list)  # kind, main colour
    labels: list[str] = field(default_factory=list)

    def save(self, path: Path) -> Path:
        self.image.save(path)
        return path


class _Canvas:
    def __init__(self, side: int, background: tuple[int, int, int]) -> None:
        self.side = side
        self.image = Image.new("RGB", (side * SCALE, side * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    def at(self, value: float) -> float:
        """A length given as a share of the picture's side, in drawing pixels."""
        return value * self.side * SCALE

    def text(self, xy: tuple[float, float], words: str, height: float, anchor: str) -> None:
        try:
            font = ImageFont.truetype("DejaVuSans.ttf", max(8, int(self.at(height))))
        except OSError:
            font = ImageFont.load_default(size=max(8, int(self.at(height))))
        self.draw.text(xy, words, fill=INK, font=font, anchor=anchor)

    def done(self) -> Image.Image:
        return self.image.resize((self.side, self.side), Image.Resampling.LANCZOS)


def bar_chart(
    values: list[float],
    colours: list[str],
    *,
    lying: bool = False,
    axes: bool = True,
    labels: list[str] | None = None,
    side: int = 240,
    background: tuple[int, int, int] = (255, 255, 255),
) -> Picture:
    """Bars of ``values`` (shares of the plot's length, 0..1) in ``colours``: upright from a baseline, or lying
    from an axis at the left; ``axes``: both axis lines drawn (2 px); ``labels``: a word under (left of) each bar."""
    canvas = _Canvas(side, background)
    lead = 0.2 if labels else 0.1  # room for the labels
    start, end = canvas.at(lead), canvas.at(0.95)  # along the axis the bars stand on
    foot, reach = canvas.at(0.85), canvas.at(0.7)  # the baseline, and the longest bar's length
    slot = (end - start) / len(values)
    width = 0.6 * slot
    line = 2 * SCALE
    for k, (value, colour) in enumerate(zip(values, colours, strict=True)):
        middle = start + (k + 0.5) * slot
        if lying:
            left, top = canvas.at(lead), canvas.at(0.1) + (k + 0.5) * slot * 0.85 - width * 0.85 / 2
            box = [left, top, left + value * reach, top + width * 0.85]
        else:
            box = [middle - width / 2, foot - value * reach, middle + width / 2, foot]
        canvas.draw.rectangle(box, fill=PALETTE[colour])
        if labels:
            if lying:
                canvas.text((canvas.at(lead) - canvas.at(0.02), (box[1] + box[3]) / 2), labels[k], 0.045, "rm")
            else:
                canvas.text((middle, foot + canvas.at(0.02)), labels[k], 0.05, "mt")
    if axes:
        if lying:
            axis = canvas.at(lead)
            canvas.draw.line([(axis, canvas.at(0.05)), (axis, canvas.at(0.9))], fill=INK, width=line)
            canvas.draw.line([(axis, canvas.at(0.9)), (canvas.at(0.95), canvas.at(0.9))], fill=INK, width=line)
        else:
            canvas.draw.line([(start - canvas.at(0.03), foot), (end, foot)], fill=INK, width=line)
            canvas.draw.line(
                [(start - canvas.at(0.03), foot), (start - canvas.at(0.03), canvas.at(0.08))], fill=INK, width=line
            )
    return Picture(canvas.done(), bars=list(zip(colours, values, strict=True)), labels=list(labels or []))


def pie_chart(
    shares: list[float],
    colours: list[str],
    *,
    donut: bool = False,
    separators: bool = False,
    legend: list[str] | None = None,
    side: int = 240,
    start: float = -90.0,
    background: tuple[int, int, int] = (255, 255, 255),
) -> Picture:
    """A pie (a donut) of ``shares`` (summing to 1) in ``colours``, turning clockwise from ``start`` degrees;
    ``separators``: white lines between slices; ``legend``: a square and a word per slice, right of the pie."""
    canvas = _Canvas(side, background)
    centre = (canvas.at(0.36 if legend else 0.5), canvas.at(0.5))
    radius = canvas.at(0.3 if legend else 0.4)
    box = [centre[0] - radius, centre[1] - radius, centre[0] + radius, centre[1] + radius]
    angle = start
    edges = []
    for share, colour in zip(shares, colours, strict=True):
        canvas.draw.pieslice(box, angle, angle + 360 * share, fill=PALETTE[colour])
        edges.append(angle)
        angle += 360 * share
    if separators:
        for edge in edges:
            tip = (
                centre[0] + 1.02 * radius * math.cos(math.radians(edge)),
                centre[1] + 1.02 * radius * math.sin(math.radians(edge)),
            )
            canvas.draw.line([centre, tip], fill=background, width=2 * SCALE)
    if donut:
        hole = 0.5 * radius
        canvas.draw.ellipse([centre[0] - hole, centre[1] - hole, centre[0] + hole, centre[1] + hole], fill=background)
    if legend:
        for k, (word, colour) in enumerate(zip(legend, colours, strict=True)):
            top = canvas.at(0.3) + k * canvas.at(0.1)
            left = canvas.at(0.74)
            canvas.draw.rectangle([left, top, left + canvas.at(0.05), top + canvas.at(0.05)], fill=PALETTE[colour])
            canvas.text((left + canvas.at(0.08), top + canvas.at(0.025)), word, 0.05, "lm")
    return Picture(canvas.done(), slices=list(zip(colours, shares, strict=True)), labels=list(legend or []))


def _house(canvas: _Canvas, x: float, y: float, size: float, colour: str, roof: str) -> None:
    body = [x - 0.4 * size, y - 0.05 * size, x + 0.4 * size, y + 0.45 * size]
    canvas.draw.rectangle(body, fill=PALETTE[colour])
    canvas.draw.polygon([(x - 0.5 * size, y), (x + 0.5 * size, y), (x, y - 0.45 * size)], fill=PALETTE[roof])


def _tree(canvas: _Canvas, x: float, y: float, size: float, colour: str) -> None:
    canvas.draw.rectangle([x - 0.06 * size, y, x + 0.06 * size, y + 0.5 * size], fill=PALETTE["brown"])
    canvas.draw.ellipse([x - 0.3 * size, y - 0.5 * size, x + 0.3 * size, y + 0.12 * size], fill=PALETTE[colour])


def _smiley(canvas: _Canvas, x: float, y: float, size: float, colour: str) -> None:
    canvas.draw.ellipse([x - 0.45 * size, y - 0.45 * size, x + 0.45 * size, y + 0.45 * size], fill=PALETTE[colour])
    for side in (-1, 1):
        eye = (x + side * 0.15 * size, y - 0.13 * size)
        canvas.draw.ellipse(
            [eye[0] - 0.06 * size, eye[1] - 0.06 * size, eye[0] + 0.06 * size, eye[1] + 0.06 * size], fill=INK
        )
    mouth = [x - 0.25 * size, y - 0.2 * size, x + 0.25 * size, y + 0.28 * size]
    canvas.draw.arc(mouth, 25, 155, fill=INK, width=max(SCALE, int(0.06 * size)))


def _sun(canvas: _Canvas, x: float, y: float, size: float, colour: str) -> None:
    for k in range(10):
        turn = 2 * math.pi * k / 10
        near, far = 0.33 * size, 0.5 * size
        canvas.draw.line(
            [
                (x + near * math.cos(turn), y + near * math.sin(turn)),
                (x + far * math.cos(turn), y + far * math.sin(turn)),
            ],
            fill=PALETTE[colour],
            width=max(SCALE, int(0.06 * size)),
        )
    canvas.draw.ellipse([x - 0.25 * size, y - 0.25 * size, x + 0.25 * size, y + 0.25 * size], fill=PALETTE[colour])


def _arrow(canvas: _Canvas, x: float, y: float, size: float, colour: str, turn: float) -> None:
    outline = [(-0.5, -0.09), (0.1, -0.09), (0.1, -0.25), (0.5, 0.0), (0.1, 0.25), (0.1, 0.09), (-0.5, 0.09)]
    c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    canvas.draw.polygon(
        [(x + size * (u * c - v * s), y + size * (u * s + v * c)) for u, v in outline], fill=PALETTE[colour]
    )


def _plain(canvas: _Canvas, kind: str, x: float, y: float, size: float, colour: str) -> None:
    half = size / 2
    if kind == "circle":
        canvas.draw.ellipse([x - half, y - half, x + half, y + half], fill=PALETTE[colour])
    elif kind == "square":
        canvas.draw.rectangle([x - half, y - half, x + half, y + half], fill=PALETTE[colour])
    elif kind == "triangle":
        canvas.draw.polygon(
            [(x - half, y + 0.43 * size), (x + half, y + 0.43 * size), (x, y - 0.43 * size)], fill=PALETTE[colour]
        )
    else:
        raise ValueError(f"no plain shape {kind!r}")


def pictograms(
    items: list[tuple[str, str, float, float, float]],
    *,
    side: int = 240,
    background: tuple[int, int, int] = (252, 252, 250),
    roof: str = "red",
    turn: float = 0.0,
) -> Picture:
    """``items``: (kind, colour, centre x, centre y, size), the centre and size as shares of the side. Kinds:
    house (``roof`` its roof's colour), tree, smiley, sun, arrow (turned by ``turn`` degrees), circle, square,
    triangle."""
    canvas = _Canvas(side, background)
    for kind, colour, x, y, size in items:
        at = (canvas.at(x), canvas.at(y), canvas.at(size))
        if kind == "house":
            _house(canvas, *at, colour, roof)
        elif kind == "tree":
            _tree(canvas, *at, colour)
        elif kind == "smiley":
            _smiley(canvas, *at, colour)
        elif kind == "sun":
            _sun(canvas, *at, colour)
        elif kind == "arrow":
            _arrow(canvas, *at, colour, turn)
        else:
            _plain(canvas, kind, *at, colour)
    return Picture(canvas.done(), things=[(kind, colour) for kind, colour, *_ in items])
