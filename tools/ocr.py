"""OCR with rapidocr and its bundled PP-OCR ONNX models: every text line becomes a detection named ``"text"``.

The builder also attaches each line's text to the object whose box contains it, and whose silhouette holds it
where one does (see :func:`attach_texts`). The rapidocr engines, and the models in them, are built once per process
and shared with the region proposer's text detector (:func:`rapidocr_engine`).
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from nsvr.scene_graph.models import Box
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool, ToolInput, is_local_path, require
from nsvr.tools.charts import bar_labels
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError
from nsvr.tools.lettering import silhouette


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


LINE_ON_MASK = 0.5
"""A text line lies on an object's silhouette (its mask with the holes its letters make filled) when this share of
the line's box does: a label inside a triangle or a circle pokes out of it at its box's corners."""


def line_holders(objects: Detections, texts: Detections, min_inside: float = 0.8) -> dict[int, int]:
    """Text line index -> index of the object holding it: the smallest box (not itself text) containing
    ``min_inside`` of the line, among those whose silhouette (:data:`LINE_ON_MASK`) holds it where any does (a
    label written inside a drawn shape is that shape's, not a larger neighbour's whose box reaches over it). Lines
    no object holds are left out, but a chart's label under (beside) its bar, which is that bar's
    (:func:`~nsvr.tools.charts.bar_labels`).

    >>> cars = Detections(boxes=[(0, 0, 100, 50)], scores=[0.9], class_names=["car"])
    >>> lines = Detections(boxes=[(40, 30, 60, 40), (200, 0, 220, 9)], scores=[0.9, 0.9], class_names=["text"] * 2)
    >>> line_holders(cars, lines)
    {0: 0}
    """
    held: dict[int, int] = {}
    silhouettes: dict[int, tuple[np.ndarray, tuple[int, int]] | None] = {}
    for line, box in enumerate(texts.boxes):
        holders = [
            (area_of(outer), index)
            for index, outer in enumerate(objects.boxes)
            if objects.class_names[index] != "text" and containment(box, outer) >= min_inside
        ]
        if not holders:
            continue
        on = [(area, index) for area, index in holders if _on_silhouette(objects, index, box, silhouettes)]
        held[line] = min(on or holders)[1]
    bars = [index for index, name in enumerate(objects.class_names) if name == "bar"]
    free = [line for line in range(len(texts)) if line not in held]
    if len(bars) >= 2 and free:  # a chart's category under (beside) its bar is that bar's label
        labels = bar_labels(objects.xyxy[bars], texts.xyxy[free])
        held.update({free[line]: bars[bar] for line, bar in labels.items()})
    return held


def _on_silhouette(
    objects: Detections, index: int, box: Box, silhouettes: dict[int, tuple[np.ndarray, tuple[int, int]] | None]
) -> bool:
    """Whether :data:`LINE_ON_MASK` of ``box`` lies on object ``index``'s filled mask (``silhouettes``: a cache)."""
    if index not in silhouettes:
        mask = objects.masks[index] if objects.masks else None
        found = None if mask is None else rle_masks.decode_crop(mask)
        silhouettes[index] = None if found is None else (silhouette(found[0]), found[1])
    held = silhouettes[index]
    if held is None:
        return False
    crop, (x0, y0) = held
    left, top = max(int(box[0]), x0), max(int(box[1]), y0)
    right, bottom = min(int(np.ceil(box[2])), x0 + crop.shape[1]), min(int(np.ceil(box[3])), y0 + crop.shape[0])
    area = max(1.0, area_of(box))
    if right <= left or bottom <= top:
        return False
    return float(crop[top - y0 : bottom - y0, left - x0 : right - x0].sum()) >= LINE_ON_MASK * area


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


RAPIDOCR_DEFAULTS: dict[str, Any] = {"Global.log_level": "error"}
"""nsvr's rapidocr settings under every caller's own (rapidocr's dotted keys)."""

MODEL_FREE_SETTINGS = frozenset({"Global.log_level", "Global.text_score", "Det.limit_type", "Det.limit_side_len"})
"""rapidocr settings that shape no model: what is logged, which lines a full read keeps, how the text detector
scales a picture. Engines that differ only in these share one set of models."""

SettingsKey = tuple[tuple[str, str], ...]
_ENGINES: dict[SettingsKey, Any] = {}
_MODEL_OWNERS: dict[SettingsKey, Any] = {}
_ENGINES_LOCK = threading.Lock()


def require_rapidocr(purpose: str = "OCR") -> None:
    """Raise :class:`~nsvr.tools.errors.MissingDependencyError` (one line) unless rapidocr and onnxruntime are
    installed."""
    require("rapidocr", purpose=purpose)
    require("onnxruntime", purpose=purpose)


def rapidocr_engine(settings: Mapping[str, Any] | None = None, purpose: str = "OCR") -> Any:
    """The rapidocr engine (PP-OCR text detection, orientation and recognition on ONNX Runtime, CPU) for
    ``settings`` (rapidocr's dotted keys over :data:`RAPIDOCR_DEFAULTS`, e.g. ``{"Det.limit_side_len": 480}``),
    built on first use and shared by every caller asking for the same settings: the OCR tool and the region
    proposer's text detector. rapidocr loads each model when first used; engines whose settings differ only in
    :data:`MODEL_FREE_SETTINGS` share one set of models. Raises ``MissingDependencyError`` without rapidocr.

    rapidocr keeps a call's ``use_det``/``use_cls``/``use_rec`` for the calls after it: a shared engine's callers
    pass all three on every call."""
    full = {**RAPIDOCR_DEFAULTS, **(settings or {})}
    key = _settings_key(full)
    with _ENGINES_LOCK:
        engine = _ENGINES.get(key)
        if engine is None:
            require_rapidocr(purpose)
            from rapidocr import RapidOCR

            engine = RapidOCR(params=full)
            owner = _MODEL_OWNERS.setdefault(_models_key(key), engine)
            if owner is not engine:
                _share_models(engine, owner)
            _ENGINES[key] = engine
        return engine


def forget_rapidocr_engine(engine: Any) -> None:
    """Drop ``engine`` from the process cache; its models go once no other engine uses them."""
    with _ENGINES_LOCK:
        for key in [key for key, cached in _ENGINES.items() if cached is engine]:
            del _ENGINES[key]
        for models in [models for models, owner in _MODEL_OWNERS.items() if owner is engine]:
            heirs = [cached for key, cached in _ENGINES.items() if _models_key(key) == models]
            if heirs:  # an engine sharing these models lends them on
                _MODEL_OWNERS[models] = heirs[0]
            else:
                del _MODEL_OWNERS[models]


def _settings_key(settings: Mapping[str, Any]) -> SettingsKey:
    return tuple(sorted((name, repr(value)) for name, value in settings.items()))


def _models_key(key: SettingsKey) -> SettingsKey:
    """The part of an engine's settings that shapes its models."""
    return tuple((name, value) for name, value in key if name not in MODEL_FREE_SETTINGS)


def _share_models(engine: Any, owner: Any) -> None:
    """Let ``engine`` use ``owner``'s models instead of loading its own: the same recogniser and orientation
    classifier, and a copy of the owner's text detector (the same ONNX session) that scales pictures as
    ``engine``'s settings say, so its results are those of its own models. Relies on rapidocr 3.10's lazy
    ``_load_*_model`` and on its detector reading ``limit_type``/``limit_side_len`` on each call; an older
    rapidocr, which loads every model when the engine is built, keeps its own (the same results, more memory)."""
    loaders = ("_load_det_model", "_load_cls_model", "_load_rec_model")
    if not all(callable(getattr(e, name, None)) for e in (engine, owner) for name in loaders):
        return
    if any(getattr(engine, part, None) is not None for part in ("text_det", "text_cls", "text_rec")):
        return
    own_detector = engine._load_det_model
    lock = threading.Lock()

    def load_detector() -> Any:
        with lock:
            if engine.text_det is None:
                shared = owner._load_det_model()
                if not all(hasattr(shared, name) for name in ("limit_type", "limit_side_len", "postprocess_op")):
                    return own_detector()
                detector = copy.copy(shared)
                detector.postprocess_op = copy.copy(shared.postprocess_op)  # a call's box_thresh is set on it
                detector.limit_type = engine.cfg.Det.limit_type
                detector.limit_side_len = engine.cfg.Det.limit_side_len
                engine.text_det = detector
            return engine.text_det

    engine._load_det_model = load_detector
    engine._load_cls_model = owner._load_cls_model
    engine._load_rec_model = owner._load_rec_model


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
        require_rapidocr(purpose="OCR")
        return rapidocr_engine(self._settings(), purpose="OCR")

    def _settings(self) -> dict[str, Any]:
        """This tool's rapidocr settings (:func:`rapidocr_engine`)."""
        settings: dict[str, Any] = {"Global.text_score": self.min_score}
        if self.model_name != self.default_model:
            settings.update(self._model_paths(str(self.model_name)))
        return settings

    def close(self) -> None:
        """Drop the engine from the process caches (this tool's and :func:`rapidocr_engine`'s)."""
        if self.is_loaded:
            forget_rapidocr_engine(self.load())
        super().close()

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

    def read_line(self, pixels: np.ndarray, min_score: float = 0.8) -> tuple[str, float] | None:
        """The one line of text the recogniser reads in ``pixels`` (RGB, cropped to the line: no text detection),
        with its score, when it is at least ``min_score``; else None."""
        engine = self.load()
        found = engine(np.ascontiguousarray(pixels[:, :, ::-1]), use_det=False, use_cls=False, use_rec=True)
        texts, scores = getattr(found, "txts", None) or (), getattr(found, "scores", None) or ()
        if len(texts) != 1 or not texts[0].strip() or float(scores[0]) < min_score:
            return None
        return texts[0].strip(), float(scores[0])

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        outputs = []
        for item in inputs:
            pixels = np.ascontiguousarray(item.image.pixels[:, :, ::-1])  # rapidocr treats arrays as OpenCV BGR
            result = model(pixels, use_det=True, use_cls=True, use_rec=True)  # the engine may be shared
            detections = Detections.from_rapidocr(result, scale=item.image.scale, source=self.name)
            outputs.append(detections.filter(min_score=self.min_score))
        return outputs
