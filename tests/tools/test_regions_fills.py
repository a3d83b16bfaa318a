"""Slide-deck fills: rounded rectangles, thick outlines, drop shadows, and teal beside cyan."""

from __future__ import annotations

import numpy as np
import pytest

cv2 = pytest.importorskip("cv2")
Image = pytest.importorskip("PIL.Image")
ImageDraw = pytest.importorskip("PIL.ImageDraw")

from nsvr.scene_graph.names import SHAPE_NAMES, name_matches  # noqa: E402
from nsvr.tools.attributes import name_flat_color  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402
from nsvr.tools.shapes import classify_shape  # noqa: E402


def rounded(width: int, height: int, radius: float, side: tuple[int, int] = (200, 160)) -> np.ndarray:
    """Coverage (0..1) of a rounded rectangle drawn at 3x and box-downsampled, centred in a ``side`` image."""
    scale = 3
    canvas = Image.new("L", (side[0] * scale, side[1] * scale), 0)
    x0, y0 = (side[0] - width) / 2, (side[1] - height) / 2
    box = [x0 * scale, y0 * scale, (x0 + width) * scale, (y0 + height) * scale]
    ImageDraw.Draw(canvas).rounded_rectangle(box, radius=radius * scale, fill=255)
    return np.asarray(canvas.resize(side, Image.Resampling.BOX), np.float64) / 255.0


@pytest.mark.parametrize(("width", "height", "radius"), [(60, 30, 7), (40, 20, 5), (90, 50, 12), (26, 44, 7)])
def test_a_rectangle_with_round_corners_is_a_rounded_rectangle(width: int, height: int, radius: float) -> None:
    coverage = rounded(width, height, radius)
    guess = classify_shape(coverage > 0.5, coverage=coverage)
    assert guess.name == "rounded rectangle" and guess.confidence >= 0.8, guess


@pytest.mark.parametrize("radius", [0, 1])
def test_a_rectangle_whose_corners_rasterisation_rounded_stays_a_rectangle(radius: float) -> None:
    coverage = rounded(60, 30, radius)
    assert classify_shape(coverage > 0.5, coverage=coverage).name == "rectangle"


def test_a_stadium_and_a_circle_are_no_rounded_rectangles() -> None:
    canvas = np.zeros((160, 200), np.uint8)
    cv2.circle(canvas, (100, 80), 40, 1, -1)
    assert classify_shape(canvas > 0).name == "circle"


def test_a_rounded_rectangle_is_a_shape_and_a_rectangle() -> None:
    assert "rounded rectangle" in SHAPE_NAMES
    assert name_matches("rectangle", "rounded rectangle")
    assert name_matches("shape", "rounded rectangle")
    assert not name_matches("rounded rectangle", "rectangle")


def picture(draw, size: tuple[int, int] = (240, 200), background=(255, 255, 255)) -> np.ndarray:  # noqa: ANN001
    """An RGB picture drawn at 3x by ``draw(ImageDraw, scale)`` and box-downsampled."""
    scale = 3
    canvas = Image.new("RGB", (size[0] * scale, size[1] * scale), background)
    draw(ImageDraw.Draw(canvas), scale)
    return np.asarray(canvas.resize(size, Image.Resampling.BOX))


def seen(pixels: np.ndarray, tmp_path) -> list[tuple[str, str]]:  # noqa: ANN001
    path = tmp_path / "picture.png"
    Image.fromarray(pixels).save(path)
    found = RegionProposer().propose(load_image(str(path)))
    return [(a["shape"].value, a["color"].value) for a in found.attributes]


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -np.pi / 2 + k * np.pi / 5
        points.append((cx + radius * np.cos(angle), cy + radius * np.sin(angle)))
    return points


@pytest.mark.parametrize("outline", [(150, 20, 20), (0, 128, 128)])
def test_a_star_with_a_thick_outline_is_one_star(outline: tuple[int, int, int], tmp_path) -> None:  # noqa: ANN001
    scale, size = 3, (240, 200)
    shape = np.zeros((size[1] * scale, size[0] * scale), np.uint8)
    points = np.array([(x * scale, y * scale) for x, y in star(120, 100, 70, 28)], np.int32)
    cv2.fillPoly(shape, [points], 1)
    inside = cv2.erode(shape, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * 9 * scale + 1,) * 2))
    canvas = np.full((*shape.shape, 3), 255, np.uint8)
    canvas[shape > 0] = outline
    canvas[inside > 0] = (230, 40, 40)
    pixels = np.asarray(Image.fromarray(canvas).resize(size, Image.Resampling.BOX))
    assert seen(pixels, tmp_path) == [("star", "red")]


@pytest.mark.parametrize("blur", [0, 3])
def test_a_drop_shadow_is_no_shape(blur: int, tmp_path) -> None:  # noqa: ANN001
    from PIL import ImageFilter

    size, offset = (240, 200), 8
    shadow = Image.new("L", size, 0)
    ImageDraw.Draw(shadow).rectangle([60 + offset, 70 + offset, 110 + offset, 100 + offset], fill=int(255 * 0.45))
    if blur:
        shadow = shadow.filter(ImageFilter.GaussianBlur(blur))
    alpha = np.asarray(shadow, np.float64)[..., None] / 255.0
    pixels = np.repeat(255.0 * (1 - alpha), 3, axis=2)
    canvas = Image.fromarray(pixels.astype(np.uint8))
    ImageDraw.Draw(canvas).rectangle([60, 70, 110, 100], fill=(250, 200, 30))
    ImageDraw.Draw(canvas).ellipse([150, 40, 210, 100], fill=(40, 80, 220))
    assert sorted(seen(np.asarray(canvas), tmp_path)) == [("circle", "blue"), ("rectangle", "yellow")]


def test_a_mid_teal_is_teal_or_cyan_never_surely_cyan() -> None:
    named = name_flat_color((60, 185, 175))
    assert named.value in ("teal", "cyan")
    assert min(named.confidence, max(named.alternatives.values(), default=0.0)) >= 0.25, named
    assert name_flat_color((0, 128, 128)).value == "teal" and name_flat_color((0, 128, 128)).confidence > 0.95
    assert name_flat_color((0, 255, 255)).value == "cyan" and name_flat_color((0, 255, 255)).confidence > 0.95
