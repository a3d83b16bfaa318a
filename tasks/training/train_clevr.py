"""``nsvr train clevr``: train the CLEVR perception (detector, attribute network, box -> 3D regression).

Writes ``detector.onnx``, ``attributes.onnx`` and ``clevr.json`` into ``out``: the folder
:class:`nsvr.tools.clevr.ClevrPerception` loads (``ClevrPerception(weights=str(out))``). The intermediate
YOLO dataset and the ultralytics run folder stay under ``out/work``.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import numpy as np
from pydantic import BaseModel

from nsvr.tasks.training.attributes import AttributeReport, train_attribute_net
from nsvr.tasks.training.clevr_data import ClevrDataError, load_scenes, object_records, scene_sets, write_yolo_dataset
from nsvr.tasks.training.detector import EXPORT_SHAPE, DetectorReport, train_detector
from nsvr.tasks.training.mining import detector_records
from nsvr.tasks.training.negatives import synthetic_negatives
from nsvr.tasks.training.onnx_size import store_weights_as_float16
from nsvr.tools.clevr.crops import centred_boxes
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
DETECTOR_MIRROR = False
"""Detect on the mirror image too and fuse the boxes. It paid with the first detector (300 training renders);
with the detector trained on more renders and the objectness check it costs a quarter of the latency and no
longer pays (measured with ``python -m nsvr.tasks.training.compare_weights --variants``)."""
MIN_OBJECTNESS = 0.1
"""Boxes the attribute network gives a lower objectness keep that fraction of their detector score
(:func:`nsvr.tools.clevr.perception.verified_score`). On clevr-mini val any value from 0.05 to 0.5 leaves no
error; on renders the model never saw (train-extra's second half, before training on it) 0.05 to 0.2 removed
one of two false boxes and lost no object, 0.3 and above lost objects."""


class GeometryReport(BaseModel):
    """Mean absolute error of the box regression on ground-truth boxes (3D units and pixels), and of the
    regression from boxes centred on the true projected centres."""

    train_error: dict[str, float]
    val_error: dict[str, float] | None = None
    centred_val_error: dict[str, float] | None = None
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


def _regression_arrays(records: list, centred: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Boxes, is-large flags and (x, y, u, v, depth) targets; ``centred`` moves each box onto its object's
    projected centre (what the attribute network's centre output gives at inference)."""
    boxes = np.array([r.box for r in records], dtype=np.float64)
    large = np.array([r.size == "large" for r in records])
    targets = np.array([[r.coords[0], r.coords[1], r.pixel[0], r.pixel[1], r.depth] for r in records])
    if centred:
        offsets = (targets[:, 2:4] - boxes[:, :2] - boxes[:, 2:] / 2) / np.maximum(boxes[:, 2:].max(axis=1), 1)[:, None]
        boxes = centred_boxes(boxes, offsets, context=1.0)
    return boxes, large, targets


def _regression_error(coefficients: np.ndarray, records: list, centred: bool = False) -> dict[str, float]:
    boxes, large, targets = _regression_arrays(records, centred)
    error = np.abs(apply_box_regression(boxes, large, coefficients) - targets).mean(axis=0)
    return {name: float(value) for name, value in zip(REGRESSION_TARGETS, error, strict=True)}


def fit_geometry(
    train_records: list, val_records: list | None = None
) -> tuple[dict[str, list], dict[str, list[float]], GeometryReport]:
    """The box -> (x, y, u, v, depth) regressions (``coefficients`` from the visible box,
    ``centre_coefficients`` from the box centred on the projected centre) and the box -> size classifier,
    fitted on ground-truth boxes, and their errors."""
    boxes, large, targets = _regression_arrays(train_records)
    coefficients = fit_box_regression(boxes, large, targets)
    centred = fit_box_regression(*_regression_arrays(train_records, centred=True))
    size_classifier = fit_size_classifier(boxes, large)

    def size_accuracy(records: list) -> float:
        boxes, large, _ = _regression_arrays(records)
        return float(((large_probability(boxes, size_classifier) > 0.5) == large).mean())

    return (
        {"coefficients": coefficients.tolist(), "centre_coefficients": centred.tolist()},
        size_classifier,
        GeometryReport(
            train_error=_regression_error(coefficients, train_records),
            val_error=_regression_error(coefficients, val_records) if val_records else None,
            centred_val_error=_regression_error(centred, val_records, centred=True) if val_records else None,
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
        "verify": {"min_objectness": MIN_OBJECTNESS},
    }


def package_weights(
    out: Path, regressions: dict[str, list], size_classifier: dict[str, list[float]], training: dict[str, object]
) -> Path:
    """Finish a weights folder holding ``detector.onnx`` and ``attributes.onnx``: store their weights as
    float16 (idempotent) and write ``clevr.json``. ``regressions`` holds ``coefficients`` and, optionally,
    ``centre_coefficients`` (:func:`fit_geometry`). Returns the config path."""
    for name in ("detector.onnx", "attributes.onnx"):
        store_weights_as_float16(Path(out) / name)
    config = {
        "format": 1,
        "detector": detector_settings(),
        "attributes": {"file": "attributes.onnx", "values": ATTRIBUTES},
        "geometry": {"targets": list(REGRESSION_TARGETS), **regressions},
        "size": size_classifier,
        "training": training,
    }
    path = Path(out) / "clevr.json"
    path.write_text(json.dumps(config, indent=1), encoding="utf-8")
    return path


def prepare_detector_start(detector_from: Path | None, out: Path, calibration_images: list[Path]) -> Path | None:
    """The ``detector.pt`` to continue from: ``detector_from`` itself, or, for a ``detector.onnx`` (such as the
    shipped weights), a checkpoint rebuilt from it (:func:`nsvr.tasks.training.from_onnx.detector_from_onnx`)."""
    if detector_from is None or Path(detector_from).suffix != ".onnx":
        return detector_from
    from nsvr.tasks.training.from_onnx import detector_from_onnx

    return detector_from_onnx(Path(detector_from), Path(out) / "work" / "detector_from_onnx.pt", calibration_images)


def reuse_detector(detector_from: Path | None, out: Path) -> DetectorReport:
    """With no detector epochs to run: ``detector_from`` (``.pt`` or ``.onnx``) becomes ``out``'s detector."""
    from nsvr.tasks.training.detector import export_detector_onnx

    if detector_from is None or not Path(detector_from).is_file():
        raise ClevrDataError("0 detector epochs needs --detector-from: a detector.pt or detector.onnx to reuse")
    target = Path(out) / f"detector{Path(detector_from).suffix}"
    if Path(detector_from).resolve() != target.resolve():
        shutil.copyfile(detector_from, target)
    onnx = target if target.suffix == ".onnx" else export_detector_onnx(target)
    return DetectorReport(weights_pt=str(target), weights_onnx=str(onnx), epochs_run=0, seconds=0.0)


def train_clevr(
    scenes: Path | list[Path],
    images: Path | list[Path],
    val_scenes: Path | None,
    val_images: Path | None,
    epochs: int,
    device: str,
    out: Path,
    attribute_epochs: int = 30,  # on twice the objects: ground-truth boxes and the detector's boxes
    time_hours: float | None = None,
    image_size: int = 320,
    detector_from: Path | None = None,
    attributes_from: Path | None = None,
) -> ClevrTrainingReport:
    """Train all three parts on CLEVR scenes files (with ``bbox`` or ``mask`` per object) and their images.

    ``scenes``/``images`` are one scenes file and its folder, or lists of them (several training sets).
    ``epochs`` are detector epochs (``time_hours`` caps the detector's wall time instead; 0 reuses
    ``detector_from`` as it is); the attribute network trains ``attribute_epochs`` on jittered ground-truth
    boxes plus the trained detector's own boxes on the training images (:mod:`.mining`: the boxes it will read
    at inference); the box regressions and the box -> size classifier are closed-form / logistic fits.
    ``detector_from`` continues training an earlier run's ``detector.pt`` or a ``detector.onnx`` (the shipped
    weights: ``nsvr/tools/clevr/weights/detector.onnx``) instead of starting from scratch;
    ``attributes_from`` (an ``attributes.onnx``) does the same for the attribute network.
    """
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    device = resolve_device(device)
    sets = scene_sets(scenes, images)
    train_records = [r for scene_file, folder in sets for r in object_records(load_scenes(scene_file), folder)]
    val_records = None
    if val_scenes is not None and val_images is not None:
        val_records = object_records(load_scenes(val_scenes), val_images)

    regressions, size_classifier, geometry = fit_geometry(train_records, val_records)

    if epochs > 0:
        data_yaml = write_yolo_dataset(
            [s for s, _ in sets], [i for _, i in sets], out / "work" / "dataset", val_scenes, val_images
        )
        calibration = sorted({Path(r.image) for r in train_records})[:32]
        detector = train_detector(
            data_yaml,
            out,
            epochs,
            device=device if device == "cpu" else "0",
            image_size=image_size,
            time_hours=time_hours,
            start_from=prepare_detector_start(detector_from, out, calibration),
        )
    else:
        detector = reuse_detector(detector_from, out)
    mined = detector_records(Path(detector.weights_onnx), detector_settings(), train_records, negatives=True)
    negatives = synthetic_negatives(train_records)
    attributes = train_attribute_net(
        train_records + mined + negatives,
        None,
        out,
        epochs=attribute_epochs,
        device=device,
        val_records=val_records,
        start_from=attributes_from,
    )
    training = {
        "scenes": [str(s) for s, _ in sets],
        "objects": len(train_records),
        "detector_boxes": sum(r.is_object for r in mined),
        "negative_boxes": {"detector": sum(not r.is_object for r in mined), "synthetic": len(negatives)},
        "detector_epochs": detector.epochs_run,
        "detector_from": str(detector_from) if detector_from is not None else None,
        "attribute_epochs": attribute_epochs,
        "attributes_from": str(attributes_from) if attributes_from is not None else None,
    }
    package_weights(out, regressions, size_classifier, training)
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
