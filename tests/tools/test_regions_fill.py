"""Whether a drawn shape is filled or hollow (a bare outline): "is the circle hollow?", "how many filled shapes are
there?", "what colour is the outlined square?" asked of drawings of outlines and fills."""

from __future__ import annotations

import pytest

pytest.importorskip("cv2")

from PIL import Image, ImageDraw  # noqa: E402

from nsvr.agent.ask import ask  # noqa: E402
from nsvr.tools.image_io import load_image  # noqa: E402
from nsvr.tools.regions import RegionProposer  # noqa: E402


def drawing() -> Image.Image:
    image = Image.new("RGB", (300, 120), (252, 251, 247))
    d = ImageDraw.Draw(image)
    d.ellipse([10, 20, 80, 90], outline=(0, 0, 200), width=4)  # hollow blue circle
    d.rectangle([110, 20, 180, 90], fill=(200, 0, 0))  # filled red square
    d.regular_polygon((245, 55, 38), 3, fill=(0, 150, 0), outline=(0, 0, 0), width=3)  # filled, outlined triangle
    return image


def test_each_shape_is_filled_or_hollow() -> None:
    found = RegionProposer().propose(load_image(drawing()))
    fills = {name: attributes["fill"] for name, attributes in zip(found.class_names, found.attributes, strict=True)}
    assert {name: fill.value for name, fill in fills.items()} == {
        "circle": "hollow",
        "square": "filled",
        "triangle": "filled",
    }
    assert min(fill.confidence for fill in fills.values()) >= 0.9


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Is the circle hollow?", "yes"),
        ("Is the square hollow?", "no"),
        ("is the circle filled?", "no"),
        ("Is the triangle filled in?", "yes"),
        ("How many filled shapes are there?", "2"),
        ("What colour is the unfilled shape?", "blue"),
        ("Is the circle just an outline?", "yes"),
        ("Is the square filled in or just an outline?", "filled"),
        ("How many shapes are drawn as outlines?", "1"),
        ("Is the circle solid or hollow?", "hollow"),
        ("Is the square solid?", "yes"),
        ("the circle: solid or hollow?", "hollow"),
        ("Is there a solid shape?", "yes"),
        ("how many solid shapes do you see?", "2"),
        ("Is the circle empty inside?", "yes"),
        ("What is the color of the empty shape?", "blue"),
        ("Which color is the shape drawn only as an outline?", "blue"),
        ("what colour is the shape that is not filled in", "blue"),
        ("Out of a circle, a hexagon and a pentagon, which one is in the picture?", "circle"),
        ("Which of these shapes was drawn: star or square?", "square"),
        ("Are there any unfilled shapes?", "yes"),
        ("Is the circle filled or hollow?", "hollow"),
    ],
)
def test_fill_questions_on_a_drawing(question: str, answer: str) -> None:
    result = ask(drawing(), question)
    assert (result.status, result.answer) == ("ok", answer)


def test_a_photo_graph_cannot_tell_a_fill() -> None:
    from nsvr.scene_graph.models import Object, SceneGraph

    cup = Object(id="c", name="cup", score=0.9, box=(0, 0, 2, 2))
    graph = SceneGraph(width=10, height=10, objects=[cup], vocabulary=["cup"], attribute_values={"color": ["red"]})
    assert ask(graph, "Is the cup hollow?").status == "unknown"


def test_a_long_rectangle_is_long_and_may_be_a_bar(tmp_path) -> None:
    """A drawn shape's length ("the long piece"), and a bar no drawing of a long rectangle proves absent."""
    image = Image.new("RGB", (120, 80), (250, 249, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((10, 30, 69, 41), fill=(220, 30, 30))  # 60 x 12: long
    draw.rectangle((85, 25, 104, 44), fill=(30, 60, 200))  # a square: short
    path = str(tmp_path / "long.png")
    image.save(path)
    assert ask(path, "What colour is the long shape?").answer == "red"
    assert ask(path, "Is the blue shape long?").answer == "no"
    assert ask(path, "Is there a bar?").status != "ok"  # a long rectangle may be what the asker calls one


def test_two_small_spiky_shapes_of_other_hues_that_meet_are_two(tmp_path) -> None:
    """An orange four-pointed star partly under a cyan six-pointed one, each a few pixels across on black: their
    arms are too thin for a core of their own, but their inks are two."""
    import math

    def star(points: int, centre: tuple[float, float], radius: float) -> list[tuple[float, float]]:
        return [
            (
                centre[0] + radius * (1 if k % 2 == 0 else 0.4) * math.cos(math.pi * k / points + 0.4),
                centre[1] + radius * (1 if k % 2 == 0 else 0.4) * math.sin(math.pi * k / points + 0.4),
            )
            for k in range(2 * points)
        ]

    image = Image.new("RGB", (256, 256), (0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon(star(4, (104, 184), 22), fill=(234, 96, 26))
    draw.polygon(star(6, (116, 204), 28), fill=(19, 208, 220))
    path = str(tmp_path / "stars.png")
    image.resize((64, 64), Image.LANCZOS).save(path)
    found = RegionProposer().propose(load_image(path))
    assert sorted(attributes["color"].value for attributes in found.attributes) == ["cyan", "orange"]


def test_each_ink_is_at_full_strength_against_its_own_hue() -> None:
    """On black a yellow ink stands out far more than a blue one: each is weighed against the strongest pixels of
    its own hue, so both inks are at full strength, and their blends with the black paper are not."""
    import numpy as np

    from nsvr.tools.regions import _full_strength, to_lab

    rgb = np.array([[203, 229, 40]] * 40 + [[18, 131, 254]] * 12 + [[101, 114, 20]] * 10 + [[9, 65, 127]] * 6)
    lab = to_lab(rgb.astype(np.uint8)[None])
    distance = np.linalg.norm(lab - to_lab(np.zeros((1, 1, 3), np.uint8)), axis=-1)
    strong = _full_strength(np.ones(lab.shape[:2], bool), lab, distance)[0]
    assert strong[:52].all() and not strong[52:].any()


def test_blue_and_magenta_inks_meeting_are_two() -> None:
    """Blue and magenta lie only some 50 degrees of CIELAB hue apart, yet are two inks: a component of both (a blue
    cross a pixel wide over a magenta square) holds two shapes, not one blue star."""
    import numpy as np

    from nsvr.tools.regions import _two_inks, to_lab

    rgb = np.array([[60, 85, 255]] * 50 + [[241, 45, 154]] * 25 + [[150, 65, 205]] * 5)
    lab = to_lab(rgb.astype(np.uint8)[None])
    distance = np.linalg.norm(lab - to_lab(np.zeros((1, 1, 3), np.uint8)), axis=-1)
    assert _two_inks(np.ones(lab.shape[:2], bool), lab, distance) is not None


def test_ringing_about_the_paper_is_no_candidate(tmp_path) -> None:
    """JPEG's ringing beside a vivid disc: faint pinkish and greenish columns whose median is the beige paper. They
    are no shape, and no candidate either (under the candidates' floor), so "how many shapes" is not hedged; a faint
    fill that leans one way stays a region."""
    import cv2
    import numpy as np

    from nsvr.tools.thresholds import REGION_CANDIDATE_FRACTION, REGION_THRESHOLD

    pixels = np.full((64, 64, 3), (245, 245, 220), np.uint8)
    cv2.circle(pixels, (40, 30), 14, (255, 0, 255), -1, lineType=cv2.LINE_AA)
    for x in range(2, 14):
        pixels[20:44, x] = (252, 236, 232) if x % 2 else (236, 252, 206)
    Image.fromarray(pixels).save(tmp_path / "ringing.png")
    found = RegionProposer().propose(load_image(tmp_path / "ringing.png"))
    assert [n for n, s in zip(found.class_names, found.scores, strict=True) if s >= REGION_THRESHOLD] == ["circle"]
    assert max(s for n, s in zip(found.class_names, found.scores, strict=True) if n != "circle") < (
        REGION_THRESHOLD * REGION_CANDIDATE_FRACTION
    )
    assert ask(tmp_path / "ringing.png", "how many shapes are there?").answer == "1"
    pixels[20:44, 2:14] = (232, 232, 250)  # a faint lilac fill (delta E 22): all its pixels lean one way
    Image.fromarray(pixels).save(tmp_path / "faint.png")
    found = RegionProposer().propose(load_image(tmp_path / "faint.png"))
    assert len(found.scores) == 2 and min(found.scores) >= REGION_THRESHOLD
