"""Shapes under blur and JPEG: a square's corners blur rounds are no rounded rectangle's, a slide's blurred rounded
box is no hexagon, a fit that wanders off cannot overflow, and specks do not make a drawing of "many" shapes."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
Image = pytest.importorskip("PIL.Image")

from nsvr.scene_graph.models import Attribute  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import MANY_SHAPES, RegionProposer, _sizes_among_many  # noqa: E402
from nsvr.tools.shapes import _model_coverage, _rounding  # noqa: E402


def box_picture(
    short: float, corner: float, sigma: float, jpeg: bool, turn: float = 20.0, side: int = 96
) -> np.ndarray:
    """A red box ``short`` px high and 1.3 times as wide, its corners rounded by ``corner`` px, on near-white,
    drawn 4x antialiased, blurred by ``sigma`` px and saved as JPEG (quality 70) if asked."""
    scale = 4
    canvas = np.full((side * scale, side * scale, 3), 240, np.uint8)
    half = (1.3 * short / 2, short / 2)
    radius = min(corner, *half)
    points = []
    for sx, sy, start in ((1, 1, 0), (-1, 1, 90), (-1, -1, 180), (1, -1, 270)):
        centre = (sx * (half[0] - radius), sy * (half[1] - radius))
        for t in np.linspace(start, start + 90, 12 if radius > 0 else 1):
            points.append(
                (centre[0] + radius * math.cos(math.radians(t)), centre[1] + radius * math.sin(math.radians(t)))
            )
    c, s = math.cos(math.radians(turn)), math.sin(math.radians(turn))
    outline = np.array(points) @ np.array([[c, s], [-s, c]]) + side / 2
    cv2.fillPoly(canvas, [np.round(outline * scale).astype(np.int32)], (200, 40, 40), lineType=cv2.LINE_AA)
    picture = cv2.resize(canvas, (side, side), interpolation=cv2.INTER_AREA).astype(np.float32)
    if sigma > 0:
        picture = cv2.GaussianBlur(picture, (0, 0), sigma)
    picture = np.clip(picture, 0, 255).astype(np.uint8)
    if jpeg:
        buffer = io.BytesIO()
        Image.fromarray(picture).save(buffer, format="JPEG", quality=70)
        picture = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    return picture


def shape_of(picture: np.ndarray) -> Attribute:
    found = RegionProposer().propose(load_image(picture))
    assert len(found.class_names) == 1, found.class_names
    return found.attributes[0]["shape"]


@pytest.mark.parametrize(
    ("short", "sigma", "jpeg"), [(14, 1.0, True), (18, 1.0, True), (24, 1.0, True), (18, 0.6, True)]
)
def test_a_blurred_rectangle_has_no_doubt_of_round_corners(short: float, sigma: float, jpeg: bool) -> None:
    shape = shape_of(box_picture(short, 0.0, sigma, jpeg))
    assert shape.value == "rectangle" and "rounded rectangle" not in shape.alternatives, shape


@pytest.mark.parametrize(
    ("short", "sigma", "jpeg"), [(18, 0.6, False), (18, 1.0, True), (24, 1.0, False), (32, 0.6, True)]
)
def test_a_blurred_rounded_box_is_a_rounded_rectangle(short: float, sigma: float, jpeg: bool) -> None:
    shape = shape_of(box_picture(short, 0.28 * short, sigma, jpeg))
    assert shape.value == "rounded rectangle" and shape.confidence >= 0.9, shape


def test_rounding_is_read_against_the_blur() -> None:
    def fitted(radius: float, short: float) -> np.ndarray:
        return np.array([0.0, 0.0, 0.65 * short, short / 2, 0.0, radius])

    assert _rounding(fitted(2.5, 17.0), edge_width=2.4) is None  # 15% of the side, what the blur rounds
    assert _rounding(fitted(2.6, 13.9), edge_width=3.3) is None  # 19% of a small side, no more than the blur
    assert _rounding(fitted(3.2, 17.0), edge_width=2.4) == "unsure"  # 19%: may be round
    assert _rounding(fitted(5.0, 18.0), edge_width=1.6) == "clear"
    assert _rounding(None, edge_width=1.0) is None


def test_a_fit_wandering_off_does_not_overflow() -> None:
    x, y = np.meshgrid(np.arange(5.0), np.arange(5.0))
    for kind, parameters in (("rectangle", [2.0, 2.0, 900.0, 1.0, 0.0]), ("ellipse", [2.0, 2.0, 900.0, 900.0, 0.0])):
        coverage = _model_coverage(kind, np.array(parameters), x.ravel(), y.ravel())
        assert np.isfinite(coverage).all()


def test_specks_do_not_make_a_drawing_of_many_shapes() -> None:
    medium = Attribute(value="medium", confidence=0.99)
    extents = [30.0, 27.0, 29.0, 9.0, 8.0, 6.0]  # three shapes, three specks of blended colour
    attributes = [{"size": medium} for _ in extents]
    _sizes_among_many(extents, attributes, cut=set(), scores=[0.99, 0.99, 0.99, 0.41, 0.3, 0.2])
    assert [a["size"].value for a in attributes] == ["medium"] * 6
    assert MANY_SHAPES <= 6
    _sizes_among_many(extents, attributes, cut=set(), scores=[0.99] * 6)  # six shapes in two sizes: relative
    assert [a["size"].value for a in attributes] == ["large"] * 3 + ["small"] * 3
