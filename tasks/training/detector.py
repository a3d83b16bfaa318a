"""Training the CLEVR object detector with ultralytics and exporting it to ONNX.

The detector has one class ("object"): boxes only. The attribute network reads the attributes from crops, so
the detector needs no colour/material data, which keeps it small enough to train from scratch on a CPU. There
are no pretrained weights offline: the network is built from ``yolo11n.yaml``.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from pydantic import BaseModel

from nsvr.tasks.training.clevr_data import ClevrDataError

DETECTOR_IMAGE_SIZE = 320
"""Training size (square mosaics) and inference width."""
FINE_TUNE_LR = 0.002
"""Starting learning rate when continuing a trained detector (ultralytics' default from scratch is 0.01)."""
EXPORT_SHAPE = (224, 320)
"""ONNX input (height, width): CLEVR's 480x320 renders letterbox to 320x214, padded to a multiple of 32."""


class DetectorReport(BaseModel):
    weights_pt: str
    weights_onnx: str
    epochs_run: int
    seconds: float
    val_map50: float | None = None


def train_detector(
    data_yaml: Path,
    out: Path,
    epochs: int,
    device: str = "cpu",
    image_size: int = DETECTOR_IMAGE_SIZE,
    time_hours: float | None = None,
    batch: int = 8,
    model_yaml: str = "yolo11n.yaml",
    start_from: Path | None = None,
) -> DetectorReport:
    """Train a one-class YOLO detector from scratch on ``data_yaml``; copy ``best.pt`` and its ONNX export
    into ``out`` as ``detector.pt`` / ``detector.onnx``.

    ``time_hours`` (when given) caps training time: ultralytics then fits the epochs (and the learning-rate
    schedule) into that budget instead of running ``epochs``. ``start_from`` (a ``detector.pt`` from an
    earlier run) continues training it, with a lower learning rate and no warm-up, instead of starting afresh.
    """
    from ultralytics import YOLO

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    if start_from is not None and not Path(start_from).is_file():
        raise ClevrDataError(f"no detector to continue from at {start_from}: give a detector.pt from a training run")
    model = YOLO(str(start_from) if start_from is not None else model_yaml)
    extra: dict[str, float] = {"time": time_hours} if time_hours else {}
    if start_from is not None:
        extra |= {"lr0": FINE_TUNE_LR, "warmup_epochs": 0}
    model.train(
        data=str(data_yaml),
        epochs=epochs,
        imgsz=image_size,
        batch=batch,
        nbs=batch,  # step the optimizer every batch: ultralytics' default (accumulate to 64) gives too few steps
        device=device,
        workers=2,
        pretrained=start_from is not None,  # False would make ultralytics re-initialise a loaded checkpoint
        plots=False,
        amp=device != "cpu",
        cache="ram",
        close_mosaic=3 if time_hours else max(1, min(10, epochs // 5)),
        **({"warmup_epochs": 1} | extra),
        patience=1000,
        project=str((out / "runs").resolve()),  # a relative project lands under ultralytics' own runs dir
        name="detector",
        exist_ok=True,
        verbose=False,
    )
    seconds = time.perf_counter() - started
    run_dir = Path(model.trainer.save_dir)
    best = run_dir / "weights" / "best.pt"
    if not best.is_file():
        best = run_dir / "weights" / "last.pt"
    weights_pt = out / "detector.pt"
    shutil.copyfile(best, weights_pt)
    onnx = export_detector_onnx(weights_pt)
    map50 = None
    metrics = getattr(model.trainer, "metrics", None) or {}
    if "metrics/mAP50(B)" in metrics:
        map50 = float(metrics["metrics/mAP50(B)"])
    return DetectorReport(
        weights_pt=str(weights_pt),
        weights_onnx=str(onnx),
        epochs_run=int(model.trainer.epoch) + 1,
        seconds=seconds,
        val_map50=map50,
    )


def export_detector_onnx(weights_pt: Path, shape: tuple[int, int] = EXPORT_SHAPE) -> Path:
    """Export a trained detector to ``detector.onnx`` next to it (static ``1x3xHxW`` input, raw head output
    ``(1, 4 + classes, anchors)``; the tool does the NMS in numpy)."""
    from ultralytics import YOLO

    exported = Path(YOLO(str(weights_pt)).export(format="onnx", imgsz=list(shape), simplify=False, opset=17))
    target = Path(weights_pt).with_suffix(".onnx")
    if exported.resolve() != target.resolve():
        shutil.move(str(exported), target)
    return target
