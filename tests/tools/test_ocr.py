from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from nsvr.tools import base, ocr
from nsvr.tools.convert import Detections
from nsvr.tools.errors import MissingDependencyError, ModelNotAvailableError
from nsvr.tools.ocr import RapidOCRTool, attach_texts, containment, rapidocr_engine


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


@pytest.fixture
def fresh_engines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Empty process caches of rapidocr engines and tool models, as in a new process."""
    monkeypatch.setattr(ocr, "_ENGINES", {})
    monkeypatch.setattr(ocr, "_MODEL_OWNERS", {})
    monkeypatch.setattr(base, "_MODEL_CACHE", {})


def _labelled_diagram() -> np.ndarray:
    """A pentagon and a square with a bold "B" beside them, which only the text recogniser tells from a shape,
    and a caption."""
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 22)
    except OSError:
        font = ImageFont.load_default(size=22)
    picture = Image.new("RGB", (400, 300), "white")
    draw = ImageDraw.Draw(picture)
    draw.regular_polygon((120, 150, 80), 5, fill=(160, 90, 230))
    draw.rectangle((250, 100, 350, 200), fill=(40, 160, 70))
    draw.text((205, 235), "B", fill="black", font=font)
    draw.text((30, 262), "EXIT 7", fill="black", font=ImageFont.load_default(size=30))
    return np.asarray(picture)


def test_the_region_proposer_and_the_ocr_tool_load_the_pp_ocr_models_once(
    fresh_engines: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text question on a diagram runs the region proposer's text detector and recogniser (at 480 px), then
    the OCR tool (at rapidocr's 736 px): one detection, one recognition and one orientation model in all."""
    pytest.importorskip("rapidocr")
    onnxruntime = pytest.importorskip("onnxruntime")
    pytest.importorskip("cv2")
    from rapidocr import RapidOCR

    from nsvr.tools.image_io import load_image
    from nsvr.tools.regions import TEXT_DETECTOR_SETTINGS, RegionProposer

    built = {"engines": 0, "sessions": 0}

    def counting(kind: str, init: Callable[..., None]) -> Callable[..., None]:
        def wrapped(self: Any, *args: Any, **kwargs: Any) -> None:
            built[kind] += 1
            init(self, *args, **kwargs)

        return wrapped

    monkeypatch.setattr(RapidOCR, "__init__", counting("engines", RapidOCR.__init__))
    monkeypatch.setattr(
        onnxruntime.InferenceSession, "__init__", counting("sessions", onnxruntime.InferenceSession.__init__)
    )
    picture = _labelled_diagram()
    for _ in range(2):  # a second question, or a second picture, builds nothing
        found = RegionProposer().propose(load_image(picture))
        assert sorted(found.class_names) == ["pentagon", "square"], found.class_names  # "B" is a letter
        read = RapidOCRTool()(picture)
        assert read.texts is not None and "EXIT 7" in read.texts
    assert built == {"engines": 2, "sessions": 3}  # two settings; the models once

    # the same settings give the same engine, and each caller keeps its own
    regions_engine = rapidocr_engine(TEXT_DETECTOR_SETTINGS)
    assert regions_engine is rapidocr_engine(dict(TEXT_DETECTOR_SETTINGS))
    assert RapidOCRTool().load() is rapidocr_engine({"Global.text_score": 0.5})
    ocr_detector, regions_detector = RapidOCRTool().load()._load_det_model(), regions_engine._load_det_model()
    assert ocr_detector.session is regions_detector.session
    assert (regions_detector.limit_type, regions_detector.limit_side_len) == ("min", 480)
    assert (ocr_detector.limit_type, ocr_detector.limit_side_len) == ("min", 736)
    assert built == {"engines": 2, "sessions": 3}

    # closing the OCR tool drops its engine; the models stay while the region proposer's engine uses them
    RapidOCRTool().close()
    assert "EXIT 7" in (RapidOCRTool()(picture).texts or [])
    assert built == {"engines": 3, "sessions": 3}


def test_without_rapidocr_one_line_error_and_no_letters_found(
    fresh_engines: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    from nsvr.tools.regions import _reads_as_text, _text_lines

    installed = importlib.util.find_spec

    def find_spec(name: str, *rest: Any) -> Any:
        return None if name == "rapidocr" else installed(name, *rest)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(MissingDependencyError) as raised:
        RapidOCRTool().load()
    assert str(raised.value) == (
        "python package 'rapidocr' is not installed (needed for OCR); run: pip install 'nsvr[perception]'"
    )
    pixels = np.full((60, 80, 3), 255, np.uint8)
    assert _text_lines(pixels).shape == (0, 4)
    assert not _reads_as_text(pixels, (0, 0, 80, 60))
