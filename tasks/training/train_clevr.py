"""``nsvr train clevr``: train the CLEVR perception (detector, attribute network, box -> 3D regression).

Writes ``detector.onnx``, ``attributes.onnx`` and ``clevr.json`` into ``out``: the folder
:class:`nsvr.tools.clevr.ClevrPerception` loads (``ClevrPerception(weights=str(out))``). The intermediate
YOLO dataset and the ultralytics run folder stay under ``out/work``.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from nsvr.tasks.training.attributes import AttributeReport, train_attribute_net
from nsvr.tasks.training.clevr_data import load_scenes, object_records, write_yolo_dataset
from nsvr.tasks.training.detector import EXPORT_SHAPE, DetectorReport, train_detector
from nsvr.tasks.training.mining import detector_records
from nsvr.tasks.training.onnx_size import store_weights_as_float16
from nsvr.tools.clevr.geometry import (
    REGRESSION_TARGETS,
    apply_box_regression,
    fit_box_regression,
    fit_size_classifier,
    large_probability,
)
from nsvr.tools.clevr.vocabulary import ATTRIBUTES

DETECTOR_CONF = 0.25
"""Chosen on the training images (fewest missed plus spurious boxes); weaker boxes are kept as candidates."""
DETECTOR_IOU = 0.45
DETECTOR_MIRROR = True
"""Detect on the image and its mirror image and fuse the boxes: fewer missed occluded objects."""


class GeometryReport(BaseModel):
    """Mean absolute error of the box regression on ground-truth boxes (3D units and pixels)."""

    train_error: dict[str, float]
    val_error: dict[str, float] | None = None
    train_size_accuracy: float
    val_size_accuracy: float | None = None


class ClevrTrainingReport(BaseModel):
    weights: str
    device: str
    seconds: float
    detector: DetectorReport
    attributes: AttributeReport
    geometry: GeometryReport
    usage: str


def resolve_device(device: str) -> str:
    """``"auto"`` becomes ``"cuda"`` when torch sees a GPU, else ``"cpu"``; other values pass through."""
    if device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def _regression_arrays(records: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    boxes = np.array([r.box for r in records], dtype=np.float64)
    large = np.array([r.size == "large" for r in records])
    targets = np.array([[r.coords[0], r.coords[1], r.pixel[0], r.pixel[1], r.depth] for r in records])
    return boxes, large, targets


def _regression_error(coefficients: np.ndarray, records: list) -> dict[str, float]:
    boxes, large, targets = _regression_arrays(records)
    error = np.abs(apply_box_regression(boxes, large, coefficients) - targets).mean(axis=0)
    return {name: float(value) for name, value in zip(REGRESSION_TARGETS, error, strict=True)}


def fit_geometry(
    train_records: list, val_records: list | None = None
) -> tuple[np.ndarray, dict[str, list[float]], GeometryReport]:
    """The box -> (x, y, u, v, depth) regression and the box -> size classifier, fitted on ground-truth
    boxes, and their errors."""
    boxes, large, targets = _regression_arrays(train_records)
    coefficients = fit_box_regression(boxes, large, targets)
    size_classifier = fit_size_classifier(boxes, large)

    def size_accuracy(records: list) -> float:
        boxes, large, _ = _regression_arrays(records)
        return float(((large_probability(boxes, size_classifier) > 0.5) == large).mean())

    return (
        coefficients,
        size_classifier,
        GeometryReport(
            train_error=_regression_error(coefficients, train_records),
            val_error=_regression_error(coefficients, val_records) if val_records else None,
            train_size_accuracy=size_accuracy(train_records),
            val_size_accuracy=size_accuracy(val_records) if val_records else None,
        ),
    )


def detector_settings() -> dict[str, object]:
    """The ``detector`` section of ``clevr.json``: input shape, thresholds, mirror fusion."""
    return {
        "file": "detector.onnx",
        "input_shape": list(EXPORT_SHAPE),
        "conf": DETECTOR_CONF,
        "iou": DETECTOR_IOU,
        "mirror": DETECTOR_MIRROR,
        "match_iou": 0.55,
    }


def package_weights(
    out: Path, coefficients: np.ndarray, size_classifier: dict[str, list[float]], training: dict[str, object]
) -> Path:
    """Finish a weights folder holding ``detector.onnx`` and ``attributes.onnx``: store their weights as
    float16 (idempotent) and write ``clevr.json``. Returns the config path."""
    for name in ("detector.onnx", "attributes.onnx"):
        store_weights_as_float16(Path(out) / name)
    config = {
        "format": 1,
        "detector": detector_settings(),
        "attributes": {"file": "attributes.onnx", "values": ATTRIBUTES},
        "geometry": {"targets": list(REGRESSION_TARGETS), "coefficients": coefficients.tolist()},
        "size": size_classifier,
        "training": training,
    }
    path = Path(out) / "clevr.json"
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")
    return path


def train_clevr(
    scenes: Path,
    images: Path,
    val_scenes: Path | None,
    val_images: Path | None,
    epochs: int,
    device: str,
    out: Path,
    attribute_epochs: int = 30,  # on twice the objects: ground-truth boxes and the detector's boxes
    time_hours: float | None = None,
    image_size: int = 320,
    detector_from: Path | None = None,
) -> ClevrTrainingReport:
    """Train all three parts on a CLEVR scenes file (with ``bbox`` or ``mask`` per object) and its images.

    ``epochs`` are detector epochs (``time_hours`` caps the detector's wall time instead); the attribute
    network trains ``attribute_epochs`` on jittered ground-truth boxes plus the trained detector's own boxes
    on the training images (:mod:`.mining`: the boxes it will read at inference); the box regression and the
    box -> size classifier are closed-form / logistic fits. ``detector_from`` continues training an earlier
    run's ``detector.pt`` instead of starting from scratch.
    """
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    device = resolve_device(device)
    train_records = object_records(load_scenes(scenes))
    val_records = object_records(load_scenes(val_scenes)) if val_scenes is not None and val_images else None

    coefficients, size_classifier, geometry = fit_geometry(train_records, val_records)

    data_yaml = write_yolo_dataset(scenes, images, out / "work" / "dataset", val_scenes, val_images)
    detector = train_detector(
        data_yaml,
        out,
        epochs,
        device=device if device == "cpu" else "0",
        image_size=image_size,
        time_hours=time_hours,
        start_from=detector_from,
    )
    mined = detector_records(Path(detector.weights_onnx), detector_settings(), train_records, images)
    attributes = train_attribute_net(
        train_records + mined,
        images,
        out,
        epochs=attribute_epochs,
        device=device,
        val_records=val_records,
        val_images=val_images,
    )
    training = {
        "scenes": str(scenes),
        "objects": len(train_records),
        "detector_boxes": len(mined),
        "detector_epochs": detector.epochs_run,
        "attribute_epochs": attribute_epochs,
    }
    package_weights(out, coefficients, size_classifier, training)
    return ClevrTrainingReport(
        weights=str(out),
        device=device,
        seconds=time.perf_counter() - started,
        detector=detector,
        attributes=attributes,
        geometry=geometry,
        usage=f"ClevrPerception(weights={str(out)!r}) or copy detector.onnx, attributes.onnx, clevr.json "
        "into nsvr/tools/clevr/weights/",
    )
