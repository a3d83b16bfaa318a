"""Diagrams: connectors and arrows are no shapes and are cut away from the shapes they reach, a label written inside
a shape is that shape's text (its letters no holes, no glint, no shapes of their own), a rhombus is a diamond, and a
light fill has a tone."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")

from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from nsvr.tools.attributes import name_tone  # noqa: E402
from nsvr.tools.connectors import connectors  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.lettering import labelled, letter_holes, writing_box  # noqa: E402
from nsvr.tools.regions import RegionProposer, to_lab  # noqa: E402
from nsvr.tools.shapes import classify_shape  # noqa: E402

SUPER = 4


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size=size)


def _drawn(width: int, height: int, draw) -> np.ndarray:  # noqa: ANN001
    """A picture drawn at 4x and shrunk (antialiased), as slide tools and diagram editors export them."""
    big = Image.new("RGB", (width * SUPER, height * SUPER), "white")
    draw(ImageDraw.Draw(big), SUPER)
    return np.asarray(big.resize((width, height), Image.Resampling.LANCZOS))


def _arrow(d: ImageDraw.ImageDraw, s: int, points: list[tuple[float, float]], width: float = 2.0) -> None:
    """A dark line through ``points`` with a filled head at the last one."""
    (px, py), (qx, qy) = points[-2], points[-1]
    length = float(np.hypot(qx - px, qy - py))
    ux, uy = (qx - px) / length, (qy - py) / length
    base = (qx - 10 * ux, qy - 10 * uy)
    d.line([(x * s, y * s) for x, y in [*points[:-1], base]], fill=(40, 40, 40), width=round(width * s), joint="curve")
    tip = [(qx, qy), (base[0] - 5 * uy, base[1] + 5 * ux), (base[0] + 5 * uy, base[1] - 5 * ux)]
    d.polygon([(x * s, y * s) for x, y in tip], fill=(40, 40, 40))


def _label(d: ImageDraw.ImageDraw, s: int, centre: tuple[float, float], text: str, ink: str = "white") -> None:
    d.text((centre[0] * s, centre[1] * s), text, fill=ink, font=_font(18 * s), anchor="mm")


def _found(pixels: np.ndarray) -> list[tuple[str, str]]:
    found = RegionProposer().propose(load_image(pixels))
    return sorted((name, a["color"].value) for name, a in zip(found.class_names, found.attributes, strict=True))


def test_a_flowchart_of_two_labelled_boxes_and_an_arrow_is_two_boxes() -> None:
    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        d.rectangle((30 * s, 60 * s, 150 * s, 130 * s), fill=(220, 50, 50))
        d.rectangle((250 * s, 60 * s, 370 * s, 130 * s), fill=(60, 120, 220))
        _label(d, s, (90, 95), "Start")
        _label(d, s, (310, 95), "Stop")
        _arrow(d, s, [(150, 95), (250, 95)])

    assert _found(_drawn(400, 200, draw)) == [("rectangle", "blue"), ("rectangle", "red")]


def test_an_arrow_ending_at_a_circle_is_cut_away_from_it() -> None:
    """The arrow, head and all, joined the circle it points at: a confident "triangle"."""

    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        d.ellipse((220 * s, 50 * s, 320 * s, 150 * s), fill=(40, 70, 200))
        _arrow(d, s, [(40, 100), (220, 100)])

    assert _found(_drawn(360, 200, draw)) == [("circle", "blue")]


def test_bars_standing_on_an_axis_line_are_bars() -> None:
    """A bar chart's axes (2 px, shorter than the picture) merged with the bars into a "star"; they are no shapes,
    and the bars standing on them are a chart's bars (nsvr.tools.charts)."""
    chart = np.full((240, 300, 3), 255, np.uint8)
    for left, top, colour in ((60, 120, (40, 160, 60)), (130, 80, (200, 40, 40)), (200, 150, (40, 60, 200))):
        cv2.rectangle(chart, (left, top), (left + 40, 209), colour, -1)
    cv2.line(chart, (40, 210), (260, 210), (0, 0, 0), 2)
    cv2.line(chart, (40, 30), (40, 210), (0, 0, 0), 2)
    assert _found(chart) == [("bar", "blue"), ("bar", "green"), ("bar", "red")]


def test_an_elbow_between_two_rows_and_a_short_arrow_are_no_shapes() -> None:
    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        d.rectangle((40 * s, 30 * s, 140 * s, 80 * s), fill=(40, 160, 60))
        d.rectangle((260 * s, 30 * s, 360 * s, 80 * s), fill=(250, 140, 20))
        d.ellipse((40 * s, 150 * s, 120 * s, 200 * s), fill=(130, 60, 180))
        d.polygon([(240 * s, 150 * s), (290 * s, 200 * s), (190 * s, 200 * s)], fill=(40, 90, 210))
        _arrow(d, s, [(310, 80), (310, 115), (80, 115), (80, 150)])  # down, across, down
        _arrow(d, s, [(120, 175), (205, 175)])

    assert _found(_drawn(400, 230, draw)) == [
        ("ellipse", "purple"),
        ("rectangle", "green"),
        ("rectangle", "orange"),
        ("triangle", "blue"),
    ]


def test_outlines_stripes_and_bars_are_no_connectors() -> None:
    """A bare outline (a ring), a pattern's stripes and a chart's bar, all long and thin in places, are shapes."""
    sheet = np.zeros((200, 300), np.uint8)
    cv2.rectangle(sheet, (20, 20), (120, 90), 1, 2)  # a bare outline
    for y in range(120, 180, 8):  # stripes, 3 px wide
        cv2.line(sheet, (20, y), (120, y), 1, 3)
    cv2.rectangle(sheet, (200, 30), (209, 180), 1, -1)  # a bar 10 px wide
    assert not connectors(sheet > 0).any()


def test_a_line_from_a_bare_outline_is_cut_away_and_the_outline_stays() -> None:
    sheet = np.zeros((120, 260), np.uint8)
    cv2.circle(sheet, (60, 60), 40, 1, 2)
    cv2.line(sheet, (100, 60), (240, 60), 1, 2)
    found = connectors(sheet > 0)
    assert found[60, 170] and not found[20, 60] and not found[100, 60]


def test_a_labelled_shape_is_no_letter_and_its_label_no_hole() -> None:
    """White letters are holes in a box; black letters on a light one lie in holes of their shape."""
    box = _drawn(160, 80, lambda d, s: d.rectangle((10 * s, 10 * s, 150 * s, 70 * s), fill=(130, 130, 130)))
    written = Image.fromarray(box.copy())
    _label(ImageDraw.Draw(written), 1, (80, 40), "Settings")
    lab = to_lab(np.asarray(written))
    mask = np.linalg.norm(lab - to_lab(np.array([[[130, 130, 130]]], np.uint8))[0, 0], axis=-1) < 12
    assert labelled(mask) and letter_holes(mask).sum() > 50
    x0, y0, x1, y1 = writing_box(lab, np.pad(np.ones((60, 140), bool), ((10, 10), (10, 10))))
    assert 20 <= x0 < 60 and 100 < x1 <= 140 and 25 <= y0 < 40 < y1 <= 55
    found = RegionProposer().propose(load_image(np.asarray(written)))
    assert found.class_names == ["rectangle"]


def test_a_labelled_circle_is_no_ball() -> None:
    """The white letters of a gray circle's label were taken for a ball's glint."""

    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        d.ellipse((40 * s, 40 * s, 120 * s, 120 * s), fill=(130, 130, 130))
        _label(d, s, (80, 80), "Tree")

    assert _found(_drawn(160, 160, draw)) == [("circle", "gray")]


def test_a_rhombus_is_a_diamond_and_a_square_on_its_corner_a_square() -> None:
    canvas = np.zeros((200, 300), np.uint8)
    cv2.fillPoly(canvas, [np.array([(150, 30), (250, 100), (150, 170), (50, 100)])], 1)
    assert classify_shape(canvas > 0).name == "diamond"
    canvas[:] = 0
    cv2.fillPoly(canvas, [np.array([(150, 20), (230, 100), (150, 180), (70, 100)])], 1)
    assert classify_shape(canvas > 0).name == "square"
    assert "diamond" in RegionProposer().vocabulary


@pytest.mark.parametrize(
    ("rgb", "colour", "tone"),
    [((170, 230, 160), "green", "light"), ((170, 210, 240), "blue", "light"), ((40, 160, 60), "green", "mid")]
    + [((0, 0, 139), "blue", "dark"), ((0, 0, 255), "blue", "mid"), ((0, 255, 0), "green", "mid")],
)
def test_a_light_or_dark_shade_has_a_tone(rgb: tuple[int, int, int], colour: str, tone: str) -> None:
    assert name_tone(rgb, colour).value == tone


def test_a_text_question_reads_each_box_its_label() -> None:
    """The OCR's lines go to the shape whose silhouette holds them; a label the text detector misses on the whole
    picture is read in the shape's own crop."""
    pytest.importorskip("rapidocr")
    from nsvr.tools.builder import PerceptionPipeline
    from nsvr.tools.needs import PerceptionNeeds

    def draw(d: ImageDraw.ImageDraw, s: int) -> None:
        d.rectangle((30 * s, 60 * s, 150 * s, 130 * s), fill=(220, 50, 50))
        d.polygon([(310 * s, 40 * s), (370 * s, 140 * s), (250 * s, 140 * s)], fill=(170, 230, 160))
        _label(d, s, (90, 95), "Start")
        _label(d, s, (310, 115), "Stop", ink="black")
        _arrow(d, s, [(150, 95), (270, 95)])

    session = PerceptionPipeline().session(load_image(_drawn(400, 180, draw)))
    graph = session.graph(PerceptionNeeds(any_object=True, text=True, attributes=frozenset({"color"}), masks=True))
    said = sorted((o.name, o.text) for o in graph.objects)
    assert said == [("rectangle", "Start"), ("triangle", "Stop")], said


def test_a_small_turned_squares_corner_is_no_connector() -> None:
    """A 64 px JPEG (from shape_scenes_public.py, seed 1): the magenta square's sharp corner, thin as a line and
    reaching towards the green hexagon through the blur, is the square's own (its ink is the square's fill), so the
    square keeps it and stays a square (it had been cut off, leaving a "pentagon")."""
    from pathlib import Path

    picture = Path(__file__).parents[1] / "data" / "shapes" / "turned_square_beside_hexagon_jpeg.png"
    found = RegionProposer().propose(load_image(picture))
    confident = sorted(name for name, score in zip(found.class_names, found.scores, strict=True) if score >= 0.7)
    assert len(confident) == 3 and "square" in confident and "pentagon" not in confident


def test_two_stars_of_one_colour_a_gap_apart_are_no_word() -> None:
    """A busy drawing (shape_scenes_busy.py, seed 0, picture 37): of its 15 shapes, two thin-pointed blue stars side
    by side about a star's width apart had been taken for a word's two letters and dropped (only two letters that
    touch, wider than high, make a word of two regions)."""
    from pathlib import Path

    picture = Path(__file__).parents[1] / "data" / "shapes" / "busy_touching_pairs_400px.png"
    found = RegionProposer().propose(load_image(picture))
    assert len(found) == 15
    assert sum(name == "star" for name in found.class_names) == 5


def test_a_one_pixel_arrow_drawn_up_to_a_gray_box_is_a_connector() -> None:
    """A labelled diagram (shape_scenes_diagrams.py, seed 0, picture 51): a dark 1 px arrow from a gray rounded box
    to a red ellipse. Its antialiased fringe blends to the box's gray, but its core is far darker than
    the fill: it is a connector, not the box's own tip (it had joined the box, read as a "triangle")."""
    from pathlib import Path

    picture = Path(__file__).parents[1] / "data" / "shapes" / "gray_box_arrow_to_ellipse.png"
    found = RegionProposer().propose(load_image(picture))
    assert sorted(found.class_names) == ["diamond", "ellipse", "rounded rectangle"]
