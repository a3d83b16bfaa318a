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


# ---- pattern fills, see-through overlaps --------------------------------------------------------------------


def patterned(kind: str, size: tuple[int, int] = (240, 200), outline: bool = False) -> np.ndarray:
    """A hexagon and a circle filled with a pattern of one colour each on white (drawn at 3x, box-downsampled)."""
    scale, period = 3, 8.0
    height, width = size[1] * scale, size[0] * scale
    ys, xs = (np.mgrid[0:height, 0:width].astype(np.float64) + 0.5) / scale
    if kind == "striped":
        on = np.mod(ys, period) < 4
    elif kind == "hatched":
        on = np.mod(xs + ys, period * 1.4142) < 3 * 1.4142
    elif kind == "dotted":
        row = np.floor(ys / period)
        dx = np.mod(xs + (row % 2) * period / 2, period) - period / 2
        on = dx**2 + (np.mod(ys, period) - period / 2) ** 2 < 2.2**2
    else:  # checkered
        on = (np.floor(xs / period) + np.floor(ys / period)) % 2 == 0
    canvas = np.full((height, width, 3), 255.0)
    shapes = np.zeros((height, width), np.uint8)
    hexagon = [(70 + 45 * np.cos(a), 100 + 45 * np.sin(a)) for a in np.arange(6) * np.pi / 3]
    for colour, draw in (
        (
            (220, 40, 40),
            lambda m: cv2.fillPoly(m, [np.array([(x * scale, y * scale) for x, y in hexagon], np.int32)], 1),
        ),
        ((40, 80, 220), lambda m: cv2.circle(m, (175 * scale, 100 * scale), 40 * scale, 1, -1)),
    ):
        shapes[:] = 0
        draw(shapes)
        inside = shapes > 0
        canvas[inside & on] = colour
        if outline:
            edge = inside & ~(cv2.erode(shapes, np.ones((4 * scale + 1,) * 2, np.uint8)) > 0)
            canvas[edge] = colour
    return np.asarray(Image.fromarray(canvas.astype(np.uint8)).resize(size, Image.Resampling.BOX))


@pytest.mark.parametrize(("kind", "outline"), [("striped", False), ("hatched", False), ("dotted", True)])
def test_a_pattern_fill_is_one_shape_of_the_pattern_colour(kind: str, outline: bool, tmp_path) -> None:  # noqa: ANN001
    found = seen(patterned(kind, outline=outline), tmp_path)
    assert sorted(colour for _, colour in found) == ["blue", "red"], found
    assert dict((c, s) for s, c in found)["blue"] in ("circle", "ellipse"), found


def test_a_checkered_fill_is_one_shape(tmp_path) -> None:  # noqa: ANN001
    found = seen(patterned("checkered"), tmp_path)
    assert sorted(colour for _, colour in found) == ["blue", "red"], found


def test_a_grid_of_small_shapes_is_no_pattern(tmp_path) -> None:  # noqa: ANN001
    """Small same-colour shapes apart from each other, with no outline around them, stay many shapes."""

    def draw(pen, scale: int) -> None:  # noqa: ANN001
        for row in range(4):
            for column in range(5):
                x, y = (40 + 36 * column) * scale, (40 + 36 * row) * scale
                pen.ellipse([x, y, x + 18 * scale, y + 18 * scale], fill=(220, 40, 40))

    assert seen(picture(draw), tmp_path) == [("circle", "red")] * 20


def test_a_few_shapes_inside_an_outline_stay_shapes(tmp_path) -> None:  # noqa: ANN001
    """RAVEN's Out-InGrid: an outlined square holding a 2x2 grid of small black-outlined shapes."""

    def draw(pen, scale: int) -> None:  # noqa: ANN001
        pen.rectangle([30 * scale, 20 * scale, 190 * scale, 180 * scale], outline=(0, 0, 0), width=2 * scale)
        for cx, cy in ((85, 75), (135, 75), (85, 125), (135, 125)):
            box = [(cx - 14) * scale, (cy - 14) * scale, (cx + 14) * scale, (cy + 14) * scale]
            pen.ellipse(box, fill=(0, 0, 0))

    assert len(seen(picture(draw), tmp_path)) == 5


def test_bars_of_one_colour_far_apart_are_no_stripes(tmp_path) -> None:  # noqa: ANN001
    def draw(pen, scale: int) -> None:  # noqa: ANN001
        for k in range(3):
            x = (40 + 60 * k) * scale
            pen.rectangle([x, 40 * scale, x + 12 * scale, 160 * scale], fill=(40, 80, 220))

    assert [shape for shape, _ in seen(picture(draw), tmp_path)] == ["rectangle"] * 3


def venn(alpha: float, background=(250, 250, 250), size: tuple[int, int] = (240, 200)) -> np.ndarray:  # noqa: ANN001
    """Two see-through circles (orange, red) overlapping, drawn at 3x and box-downsampled."""
    scale = 3
    canvas = np.full((size[1] * scale, size[0] * scale, 3), background, np.float64)
    for centre, colour in (((95, 100), (245, 130, 20)), ((150, 100), (220, 30, 30))):
        disc = np.zeros(canvas.shape[:2], np.uint8)
        cv2.circle(disc, (centre[0] * scale, centre[1] * scale), 45 * scale, 1, -1)
        weight = disc[..., None] * alpha
        canvas = canvas * (1 - weight) + np.array(colour, np.float64) * weight
    return np.asarray(Image.fromarray(np.round(canvas).astype(np.uint8)).resize(size, Image.Resampling.BOX))


def test_an_overlap_of_see_through_shapes_is_both_shapes(tmp_path) -> None:  # noqa: ANN001
    found = seen(venn(0.6), tmp_path)
    assert sorted(found) == [("circle", "orange"), ("circle", "red")], found


def test_an_opaque_shape_between_two_others_stays_a_shape(tmp_path) -> None:  # noqa: ANN001
    """A small shape whose colour is no blend of its two neighbours' is a shape of its own."""

    def draw(pen, scale: int) -> None:  # noqa: ANN001
        pen.rectangle([40 * scale, 60 * scale, 110 * scale, 140 * scale], fill=(220, 30, 30))
        pen.rectangle([110 * scale, 60 * scale, 180 * scale, 140 * scale], fill=(40, 80, 220))
        pen.ellipse([95 * scale, 85 * scale, 125 * scale, 115 * scale], fill=(30, 160, 60))

    assert len(seen(picture(draw), tmp_path)) == 3


def test_blend_alpha_and_unblended_paint() -> None:
    from nsvr.tools.overlaps import blend_alpha, unblended

    g = np.array([250.0, 250.0, 250.0])
    orange, red = np.array([245.0, 130.0, 20.0]), np.array([220.0, 30.0, 30.0])
    a, b = 0.6 * orange + 0.4 * g, 0.6 * red + 0.4 * g
    assert abs(blend_alpha(0.6 * red + 0.4 * a, a, b, g) - 0.6) < 0.01
    assert blend_alpha(np.array([30.0, 160.0, 60.0]), a, b, g) is None
    assert name_flat_color(unblended(a, g, 0.6)).value == "orange"


def shadowed(fill: tuple[int, int, int], blur: float, alpha: float, offset: int = 7) -> np.ndarray:
    """A pentagon (point up) over its black drop shadow on white, drawn at 3x and box-downsampled."""
    from PIL import ImageFilter

    scale, size = 3, (200, 180)
    points = [(100 + 50 * np.cos(a), 95 + 50 * np.sin(a)) for a in -np.pi / 2 + np.arange(5) * 2 * np.pi / 5]
    shape = Image.new("L", (size[0] * scale, size[1] * scale), 0)
    ImageDraw.Draw(shape).polygon([(x * scale, y * scale) for x, y in points], fill=255)
    cast = Image.new("L", shape.size, 0)
    cast.paste(shape, (offset * scale, offset * scale))
    if blur:
        cast = cast.filter(ImageFilter.GaussianBlur(blur * scale))
    weight = np.asarray(cast, np.float64)[..., None] / 255 * alpha
    canvas = np.full((*weight.shape[:2], 3), 250.0) * (1 - weight)
    inside = np.asarray(shape, np.float64)[..., None] / 255
    canvas = canvas * (1 - inside) + np.array(fill, np.float64) * inside
    return np.asarray(Image.fromarray(np.round(canvas).astype(np.uint8)).resize(size, Image.Resampling.BOX))


@pytest.mark.parametrize(
    ("fill", "blur", "alpha"),
    [((135, 135, 135), 0.0, 0.45), ((25, 25, 25), 2.5, 0.5), ((135, 135, 135), 2.5, 0.4)],
)
def test_a_drop_shadow_joined_to_its_shape_is_cut_away(fill, blur: float, alpha: float, tmp_path) -> None:  # noqa: ANN001
    """A gray shape's gray shadow, or a black one's soft shadow, joins its region: cut away, the pentagon is seen."""
    found = seen(shadowed(fill, blur, alpha), tmp_path)
    assert [shape for shape, _ in found] == ["pentagon"], found


def test_a_shape_with_a_darker_gradient_keeps_its_dark_end() -> None:
    """A gray gradient's darker end lies down and right like a shadow, but the rest is no flat fill."""
    from nsvr.tools.regions import Region, to_lab
    from nsvr.tools.solids import shadow_part

    ys, xs = np.mgrid[0:80, 0:80]
    pixels = np.full((80, 80, 3), 250, np.uint8)
    inside = (xs > 10) & (xs < 70) & (ys > 10) & (ys < 70)
    shade = np.clip(170 - (xs + ys - 20) * 0.6, 60, 200).astype(np.uint8)
    pixels[inside] = np.repeat(shade[inside][:, None], 3, axis=1)
    lab = to_lab(pixels)
    region = Region(mask=inside, colour=np.median(pixels[inside], axis=0), contrast=60.0, spread=10.0)
    assert shadow_part(region, lab, np.broadcast_to(lab[0, 0], lab.shape)) is None


@pytest.mark.parametrize("shadow", [120, 150])
def test_a_gray_shapes_gray_shadow_is_cut_from_its_region(shadow: int) -> None:
    """A hard shadow a shade or two off a gray fill joins its region; it is the region's part that the rest,
    moved down and right, covers."""
    from nsvr.tools.regions import Region, to_lab
    from nsvr.tools.solids import shadow_part

    pixels = np.full((90, 90, 3), 250, np.uint8)
    shape = np.zeros((90, 90), bool)
    shape[15:60, 15:60] = True
    cast = np.zeros_like(shape)
    cast[22:67, 22:67] = True
    pixels[cast] = shadow
    pixels[shape] = 135
    lab = to_lab(pixels)
    region = Region(mask=shape | cast, colour=np.array([135.0, 135.0, 135.0]), contrast=50.0, spread=0.0)
    part = shadow_part(region, lab, np.broadcast_to(lab[0, 0], lab.shape))
    assert part is not None and (part == (cast & ~shape)).mean() > 0.98
