"""OCR with rapidocr and its bundled PP-OCR ONNX models: every text line becomes a detection named ``"text"``.

The builder also attaches each line's text to the object whose box contains it (see
:func:`attach_texts`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from nsvr.scene_graph.models import Box
from nsvr.tools.base import Tool, ToolInput, is_local_path, require
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError


def containment(inner: Box, outer: Box) -> float:
    """Share of ``inner``'s area that lies inside ``outer``.

    >>> containment((0, 0, 10, 10), (5, 0, 20, 20))
    0.5
    """
    width = min(inner[2], outer[2]) - max(inner[0], outer[0])
    height = min(inner[3], outer[3]) - max(inner[1], outer[1])
    area = (inner[2] - inner[0]) * (inner[3] - inner[1])
    if width <= 0 or height <= 0 or area <= 0:
        return 0.0
    return float(width * height / area)


def line_holders(objects: Detections, texts: Detections, min_inside: float = 0.8) -> dict[int, int]:
    """Text line index -> index of the object holding it: the smallest box (not itself text) containing
    ``min_inside`` of the line. Lines no object holds are left out.

    >>> cars = Detections(boxes=[(0, 0, 100, 50)], scores=[0.9], class_names=["car"])
    >>> lines = Detections(boxes=[(40, 30, 60, 40), (200, 0, 220, 9)], scores=[0.9, 0.9], class_names=["text"] * 2)
    >>> line_holders(cars, lines)
    {0: 0}
    """
    held: dict[int, int] = {}
    for line, box in enumerate(texts.boxes):
        holders = [
            (area_of(outer), index)
            for index, outer in enumerate(objects.boxes)
            if objects.class_names[index] != "text" and containment(box, outer) >= min_inside
        ]
        if holders:
            held[line] = min(holders)[1]
    return held


def attach_texts(objects: Detections, texts: Detections, min_inside: float = 0.8) -> Detections:
    """``objects`` with ``texts`` set to the text lines lying inside each box (reading order: top to bottom,
    left to right), joined by spaces. A line goes to the smallest box containing ``min_inside`` of it.

    >>> cars = Detections(boxes=[(0, 0, 100, 50)], scores=[0.9], class_names=["car"])
    >>> plate = Detections(boxes=[(40, 30, 60, 40)], scores=[0.9], class_names=["text"], texts=["AB 123"])
    >>> attach_texts(cars, plate).texts
    ['AB 123']
    """
    lines: dict[int, list[tuple[float, float, str]]] = {}
    words = texts.texts or [None] * len(texts)
    for line, holder in line_holders(objects, texts, min_inside).items():
        if words[line]:
            box = texts.boxes[line]
            lines.setdefault(holder, []).append((box[1], box[0], str(words[line])))
    existing = objects.texts or [None] * len(objects)
    joined = [" ".join(t for _, _, t in sorted(lines[i])) if i in lines else existing[i] for i in range(len(objects))]
    return objects.replace(texts=joined)


def area_of(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


class RapidOCRTool(Tool[Detections]):
    """rapidocr (PP-OCR detection + recognition, ONNX Runtime, CPU). ``model`` may be a folder of PP-OCR ONNX
    models (``*det*.onnx``, ``*rec*.onnx``, optional ``*cls*.onnx``); by default the bundled ones are used."""

    name = "ocr"
    kind = "ocr"
    output_type = Detections
    default_model = "rapidocr-bundled"

    def __init__(self, model: str | None = None, device: str = "auto", min_score: float = 0.5) -> None:
        super().__init__(model=model, device="cpu")
        if not 0.0 <= min_score <= 1.0:
            raise ToolConfigError(f"min_score must lie in [0, 1], got {min_score}")
        self.min_score = min_score

    def options(self) -> dict[str, Any]:
        return {"min_score": self.min_score}

    def _load_model(self, device: str) -> Any:
        require("rapidocr", purpose="OCR")
        require("onnxruntime", purpose="OCR")
        from rapidocr import RapidOCR

        params: dict[str, Any] = {"Global.log_level": "error", "Global.text_score": self.min_score}
        if self.model_name != self.default_model:
            params.update(self._model_paths(str(self.model_name)))
        return RapidOCR(params=params)

    @staticmethod
    def _model_paths(folder: str) -> dict[str, str]:
        from pathlib import Path

        root = Path(folder).expanduser()
        if not is_local_path(folder) or not root.is_dir():
            raise ModelNotAvailableError(folder, hint="pass --model PATH to a folder of PP-OCR .onnx models")
        found: dict[str, str] = {}
        for part, key in (("det", "Det.model_path"), ("rec", "Rec.model_path"), ("cls", "Cls.model_path")):
            matches = sorted(root.glob(f"*{part}*.onnx"))
            if matches:
                found[key] = str(matches[0])
        if "Det.model_path" not in found or "Rec.model_path" not in found:
            raise ModelNotAvailableError(folder, hint="the folder needs a *det*.onnx and a *rec*.onnx model")
        return found

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        outputs = []
        for item in inputs:
            result = model(np.ascontiguousarray(item.image.pixels[:, :, ::-1]))  # rapidocr treats arrays as OpenCV BGR
            detections = Detections.from_rapidocr(result, scale=item.image.scale, source=self.name)
            outputs.append(detections.filter(min_score=self.min_score))
        return outputs
