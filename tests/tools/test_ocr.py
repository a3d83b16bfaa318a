from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError
from nsvr.tools.ocr import RapidOCRTool, attach_texts, containment


def test_containment_and_attachment_to_the_smallest_holder() -> None:
    assert containment((0, 0, 10, 10), (0, 0, 100, 100)) == 1.0
    objects = Detections(
        boxes=[(0, 0, 200, 100), (100, 50, 200, 100), (300, 0, 400, 100)],
        scores=[0.9, 0.9, 0.9],
        class_names=["bus", "sign", "car"],
    )
    texts = Detections(
        boxes=[(120, 70, 180, 90), (120, 55, 180, 68), (10, 10, 50, 20), (390, 90, 450, 100)],
        scores=[0.9] * 4,
        class_names=["text"] * 4,
        texts=["world", "hello", "EMT", "half out"],
    )
    attached = attach_texts(objects, texts)
    assert attached.texts == ["EMT", "hello world", None]  # reading order; the sign is the smaller holder


def test_model_folder_without_onnx_files(tmp_path: Path) -> None:
    pytest.importorskip("rapidocr")
    with pytest.raises(ModelNotAvailableError, match=r"\*det\*.onnx"):
        RapidOCRTool(model=str(tmp_path)).load()
    with pytest.raises(ModelNotAvailableError, match="not available offline"):
        RapidOCRTool(model=str(tmp_path / "missing")).load()


@pytest.mark.slow
def test_reads_rendered_text_and_the_bus_advert(bus_jpg: Path) -> None:
    pytest.importorskip("rapidocr")
    canvas = Image.new("RGB", (420, 140), "white")
    ImageDraw.Draw(canvas).text((30, 40), "STOP 42", fill="black", font=ImageFont.load_default(size=48))
    tool = RapidOCRTool()
    found = tool(np.asarray(canvas))
    assert found.texts is not None and "STOP 42" in found.texts
    box = found.boxes[found.texts.index("STOP 42")]
    assert box[0] < 60 and box[2] > 150 and box[1] >= 20 and box[3] <= 110
    on_bus = tool(bus_jpg)
    words = " ".join(on_bus.texts or []).lower()
    assert "emisiones" in words and "cero" in words
    assert set(on_bus.class_names) == {"text"} and min(on_bus.scores) >= 0.5
