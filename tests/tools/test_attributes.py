from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nsvr.tools import masks
from nsvr.tools.attributes import ClipAttributes, ColorAttributes, SizeAttributes, name_color, pixel_color_names
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError

NAMED = {
    "red": [(255, 0, 0), (173, 35, 35), (128, 0, 0)],
    "orange": [(255, 165, 0), (230, 120, 20)],
    "yellow": [(255, 238, 51), (240, 220, 0)],
    "green": [(0, 255, 0), (29, 105, 20), (34, 139, 34)],
    "cyan": [(41, 208, 208), (0, 128, 128)],
    "blue": [(0, 0, 255), (42, 75, 215), (0, 0, 128)],
    "purple": [(129, 38, 192), (128, 0, 128)],
    "pink": [(255, 192, 203), (255, 105, 180)],
    "brown": [(129, 74, 25), (139, 69, 19)],
    "beige": [(210, 180, 140), (230, 210, 170)],
    "black": [(0, 0, 0), (20, 20, 25)],
    "gray": [(128, 128, 128), (87, 87, 87)],
    "white": [(255, 255, 255), (235, 235, 230)],
}


@pytest.mark.parametrize("expected", sorted(NAMED))
def test_named_colours_in_cielab(expected: str) -> None:
    names, _ = pixel_color_names(np.array(NAMED[expected]))
    assert names.tolist() == [expected] * len(NAMED[expected])


def test_plurality_vote_and_confidence() -> None:
    pixels = np.array([(173, 35, 35)] * 6 + [(87, 87, 87)] * 3 + [(0, 0, 255)])
    assert name_color(pixels) == ("red", 0.6)
    with pytest.raises(ValueError):
        name_color(np.empty((0, 3)))


def test_clevr_colours_from_mask_pixels(clevr_val) -> None:
    images, scenes = clevr_val
    tool = ColorAttributes()
    right = total = 0
    for scene in scenes:
        objects = scene["objects"]
        rles = [masks.from_dict(o["mask"]) for o in objects]
        boxes = [
            (o["bbox"][0], o["bbox"][1], o["bbox"][0] + o["bbox"][2], o["bbox"][1] + o["bbox"][3]) for o in objects
        ]
        dets = Detections(boxes=boxes, scores=[1.0] * len(boxes), class_names=[o["shape"] for o in objects], masks=rles)
        found = tool(images / scene["image_filename"], dets)
        for obj, attributes in zip(objects, found.attributes or [], strict=True):
            total += 1
            right += attributes["color"].value == obj["color"]
    assert total > 200
    assert right / total >= 0.95


def test_colour_without_mask_uses_the_box_centre_and_skips_text() -> None:
    canvas = np.full((100, 100, 3), 255, np.uint8)
    canvas[20:80, 20:80] = (30, 60, 200)
    dets = Detections(boxes=[(10, 10, 90, 90), (10, 10, 90, 90)], scores=[1, 1], class_names=["box", "text"])
    found = ColorAttributes()(canvas, dets)
    assert found.attributes is not None
    assert found.attributes[0]["color"].value == "blue" and found.attributes[1] == {}


def test_relative_size_against_the_same_class() -> None:
    dets = Detections(
        boxes=[(0, 0, 10, 10), (0, 0, 30, 30), (0, 0, 11, 11), (0, 0, 50, 50), (0, 0, 5, 5)],
        scores=[1.0] * 5,
        class_names=["cup", "cup", "cup", "table", "text"],
    )
    found = SizeAttributes()(np.zeros((60, 60, 3), np.uint8), dets)
    sizes = [a.get("size").value if a.get("size") else None for a in found.attributes or []]
    assert sizes == ["medium", "large", "medium", None, None]  # a lone table has nothing to compare with
    with pytest.raises(ToolConfigError):
        SizeAttributes(ratio=1.0)


@pytest.mark.slow
def test_clip_offline_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailableError, match="model openai/clip-vit-base-patch32 not available offline"):
        ClipAttributes(device="cpu").load()
    with pytest.raises(ToolConfigError, match="two or more values"):
        ClipAttributes(values={"color": ["red"]})


@pytest.mark.slow
def test_clip_zero_shot_with_a_tiny_random_clip(tmp_path: Path, tiny_models) -> None:
    pytest.importorskip("transformers")
    folder = tiny_models.tiny_clip(tmp_path)
    tool = ClipAttributes(
        model=str(folder), device="cpu", values={"color": ["red", "blue"], "material": ["metal", "rubber"]}
    )
    image = Image.fromarray(np.full((64, 64, 3), 200, np.uint8))
    dets = Detections(boxes=[(0, 0, 32, 32), (10, 10, 60, 60)], scores=[1, 1], class_names=["cube", "ball"])
    found = tool(image, dets)
    assert found.attributes is not None and len(found.attributes) == 2
    for attributes in found.attributes:
        assert attributes["color"].value in ("red", "blue") and attributes["material"].value in ("metal", "rubber")
        assert 0.5 <= attributes["color"].confidence <= 1.0  # the best of two softmax values
    tool.close()


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((25, 35, 115), "blue"),  # navy and midnight blue are blues, not purples
        ((25, 25, 112), "blue"),
        ((30, 70, 235), "blue"),
        ((143, 0, 255), "purple"),  # violet (hue 270-280) is a purple, not a blue
        ((127, 0, 255), "purple"),
        ((75, 0, 130), "purple"),
        ((0, 0, 255), "blue"),
    ],
)
def test_flat_colours_between_blue_and_purple(rgb: tuple[int, int, int], name: str) -> None:
    from nsvr.tools.attributes import name_flat_color

    found = name_flat_color(rgb)
    assert found.value == name and found.confidence >= 0.6, found
