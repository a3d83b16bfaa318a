"""CLEVR perception from pixels: image -> CLEVR-format scene dict -> :class:`SceneGraph`.

Three shipped pieces (``weights/``): ``detector.onnx`` (a one-class YOLO trained with ultralytics),
``attributes.onnx`` (colour, shape, material and size from a crop) and ``clevr.json`` (thresholds, the
least-squares box -> 3D regression and a logistic box -> size classifier averaged with the network's
size). When the attribute network also says where each object's 3D centre projects (its ``centre`` output) and
``clevr.json`` has the matching ``centre_coefficients``, the 3D position is read from that centre rather than
from the visible box, which is what places half-hidden objects right. Only numpy, Pillow and onnxruntime are
needed; the sessions load on the first call and are cached.

>>> perception = ClevrPerception()  # doctest: +SKIP
>>> scene = perception.scene("CLEVR_val_000000.png")  # doctest: +SKIP
>>> sorted(scene["objects"][0])  # doctest: +SKIP
['3d_coords', 'bbox', 'color', 'color_score', 'material', 'material_score', 'pixel_coords', 'score', ...]
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from PIL import Image, UnidentifiedImageError

from nsvr.scene_graph.errors import NsvrError
from nsvr.tools.clevr.crops import batch_inputs, centred_boxes
from nsvr.tools.clevr.detection import run_detector
from nsvr.tools.clevr.geometry import REGRESSION_TARGETS, apply_box_regression, large_probability
from nsvr.tools.clevr.vocabulary import ATTRIBUTES, DEFAULT_DIRECTIONS, IMAGE_HEIGHT, IMAGE_WIDTH, SIZE_Z
from nsvr.tools.image_io import pil_open

if TYPE_CHECKING:
    from nsvr.scene_graph.models import SceneGraph

DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "weights"
WEIGHT_FILES = ("clevr.json", "detector.onnx", "attributes.onnx")
MIN_ALTERNATIVE = 0.02
"""Attribute values at least this probable besides the chosen one are kept as runners-up: the executor may read
an object as its runner-up when a question's presupposition fails (``nsvr.scene_graph.revision``)."""
CANDIDATE_FRACTION = 0.25
"""Boxes scored above this share of the detection threshold are kept as candidate objects, for the same reason."""
ImageInput = str | Path | Image.Image | np.ndarray


class ClevrPerceptionError(NsvrError):
    """Base class of the CLEVR perception tool's errors."""


class ClevrWeightsError(ClevrPerceptionError):
    """The weights folder is missing or incomplete."""


class ClevrImageError(ClevrPerceptionError):
    """The image cannot be read or has an unusable shape."""


class ClevrRuntimeError(ClevrPerceptionError):
    """onnxruntime is missing or cannot run on the requested device."""


SIZE_NETWORK_WEIGHT = 0.25
"""The attribute network's share of the size probability; the rest is the box-geometry classifier's. The box
classifier reads the box in CLEVR's own frame and is right at any resolution (clevr-mini val, true boxes: 100% at
0.5x-1.5x the render size); the network's size head reads a crop's texture and falls to chance at half size (55%).
At an even share a half-size render's large objects came out "small or large" at 0.5, and CLEVR answers went
wrong; at a quarter every scale is 100% (`tasks/training/size_sources.py` prints the table)."""


def load_image(image: ImageInput) -> Image.Image:
    """``image`` (a path, PIL image or ``HxW[xC]`` uint8/float array) as an RGB PIL image."""
    if isinstance(image, Image.Image):
        return image.convert("RGB")
    if isinstance(image, np.ndarray):
        array = image
        if array.ndim == 3 and array.shape[2] == 1:
            array = array[:, :, 0]
        if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)) or 0 in array.shape:
            raise ClevrImageError(f"expected an HxW, HxWx3 or HxWx4 image array, got shape {array.shape}")
        if array.dtype != np.uint8:
            top = 1.0 if float(np.nanmax(array)) <= 1.0 else 255.0
            array = (np.clip(np.nan_to_num(array.astype(np.float64)) / top, 0, 1) * 255).round().astype(np.uint8)
        return Image.fromarray(array).convert("RGB")
    if isinstance(image, (str, Path)):
        path = Path(image)
        if not path.is_file():
            raise ClevrImageError(f"image file {path} does not exist")
        try:
            with pil_open(path) as opened:
                return opened.convert("RGB")
        except (UnidentifiedImageError, OSError) as error:
            raise ClevrImageError(f"cannot read {path} as an image ({error}); pass a PNG/JPEG file") from error
    raise ClevrImageError(f"expected a path, PIL image or numpy array, got {type(image).__name__}")


def verified_score(detector_scores: np.ndarray, object_logits: np.ndarray, min_objectness: float) -> np.ndarray:
    """The detector's scores, lowered where the attribute network doubts that the box holds one whole object:
    a box whose objectness probability is below ``min_objectness`` keeps that fraction of its score. A second
    look can only lower a score: it drops partial and merged boxes and never promotes a faint one.

    >>> verified_score(np.array([0.9, 0.4, 0.2]), np.array([4.0, -4.0, 3.0]), 0.1).round(3).tolist()
    [0.9, 0.072, 0.2]
    """
    objectness = 1 / (1 + np.exp(-np.asarray(object_logits, dtype=np.float64)))
    return np.asarray(detector_scores, dtype=np.float64) * np.minimum(1.0, objectness / min_objectness)


def _providers(device: str) -> list[str]:
    try:
        import onnxruntime
    except ImportError as error:
        raise ClevrRuntimeError(
            "onnxruntime is not installed; run `pip install onnxruntime` (or `pip install nsvr[perception]`)"
        ) from error
    available = onnxruntime.get_available_providers()
    if device == "cpu":
        return ["CPUExecutionProvider"]
    if device.startswith("cuda"):
        if "CUDAExecutionProvider" not in available:
            raise ClevrRuntimeError(
                f"device {device!r} needs onnxruntime-gpu (available providers: {available}); use device='cpu'"
            )
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    if device != "auto":
        raise ClevrRuntimeError(f"unknown device {device!r}; use 'auto', 'cpu' or 'cuda'")
    return [p for p in ("CUDAExecutionProvider", "CPUExecutionProvider") if p in available]


class ClevrPerception:
    """Detects CLEVR objects with their colour, shape, material, size and 3D position.

    ``weights`` is a folder holding ``clevr.json``, ``detector.onnx`` and ``attributes.onnx`` (what
    ``nsvr train clevr`` writes); None means the weights shipped in ``nsvr/tools/clevr/weights``.
    """

    def __init__(self, weights: str | None = None, device: str = "auto") -> None:
        """``NSVR_ONNX_THREADS`` sets onnxruntime's threads per model: 1 when unset (these models are small: on
        the 2-core test machine one thread took 35 ms an image against 100 ms for onnxruntime's default pool,
        which spins when the cores are shared); 0 means onnxruntime's default (a thread per core)."""
        self.weights = Path(weights) if weights is not None else DEFAULT_WEIGHTS
        self.device = device
        missing = [name for name in WEIGHT_FILES if not (self.weights / name).is_file()]
        if missing:
            raise ClevrWeightsError(
                f"CLEVR perception weights missing in {self.weights}: {', '.join(missing)}; train them with "
                "`nsvr train clevr --scenes S.json --images DIR` and pass weights=<its output folder>"
            )
        self._sessions: tuple[Any, Any] | None = None
        self._config: dict[str, Any] | None = None

    def _load(self) -> tuple[Any, Any, dict[str, Any]]:
        if self._sessions is None or self._config is None:
            providers = _providers(self.device)
            import onnxruntime

            config_path = self.weights / "clevr.json"
            try:
                config = json.loads(config_path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as error:
                raise ClevrWeightsError(f"{config_path} is corrupt ({error}); retrain the weights") from error
            if not isinstance(config, dict) or not {"detector", "geometry"} <= set(config):
                raise ClevrWeightsError(f"{config_path} is corrupt (no detector/geometry sections); retrain")
            options = onnxruntime.SessionOptions()
            options.log_severity_level = 3
            threads = onnx_threads()
            if threads:
                options.intra_op_num_threads = options.inter_op_num_threads = threads
            try:
                self._sessions = tuple(
                    onnxruntime.InferenceSession(str(self.weights / name), options, providers=providers)
                    for name in ("detector.onnx", "attributes.onnx")
                )
            except Exception as error:  # onnxruntime raises its own untyped errors for bad model files
                raise ClevrWeightsError(f"ONNX weights in {self.weights} are corrupt ({error}); retrain") from error
            self._config = config
        return self._sessions[0], self._sessions[1], self._config

    def detect(self, image: Image.Image, conf: float | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Boxes ``(n, 4)`` xyxy in ``image`` pixels and their detector scores (:func:`run_detector`), above the
        configured threshold or ``conf``."""
        detector, _, config = self._load()
        settings = config["detector"] if conf is None else {**config["detector"], "conf": conf}
        return run_detector(detector, image, settings)

    def scene(self, image: ImageInput) -> dict[str, Any]:
        """The CLEVR-format scene of ``image``: ``{"objects": [...], "directions": {...}}`` with, per object,
        ``color, shape, material, size, 3d_coords, pixel_coords, bbox`` (x, y, w, h), the detector's
        ``score``, the attribute network's ``color_score`` ... ``size_score`` and, where it had runners-up of
        probability >= :data:`MIN_ALTERNATIVE`, ``color_alternatives`` ... (value -> probability).
        Boxes the detector scored at least :data:`CANDIDATE_FRACTION` of its threshold but that stay below the
        threshold are described the same way under ``candidates`` (objects only a question's presupposition would
        bring in), with the threshold as ``detection_threshold``.

        When ``clevr.json`` has ``detector.verify`` and the attribute network an ``object`` output, a box's
        ``score`` is :func:`verified_score` with ``verify.min_objectness`` (the detector's own is kept as
        ``detector_score``): boxes that hold no whole object drop below the threshold."""
        picture = load_image(image)
        _, attribute_net, config = self._load()
        threshold = float(config["detector"]["conf"])
        verify = config["detector"].get("verify")
        boxes, detector_scores = self.detect(picture, conf=threshold * CANDIDATE_FRACTION)
        scores = detector_scores
        xywh = [(float(b[0]), float(b[1]), float(b[2] - b[0]), float(b[3] - b[1])) for b in boxes]
        objects: list[dict[str, Any]] = []
        if xywh:
            crops, geometry = batch_inputs(picture, xywh)
            names = [output.name for output in attribute_net.get_outputs()]
            outputs = dict(zip(names, attribute_net.run(None, {"crops": crops, "geometry": geometry}), strict=True))
            if verify and "object" in outputs:
                scores = verified_score(detector_scores, outputs["object"], float(verify["min_objectness"]))
            to_clevr = np.array([IMAGE_WIDTH / picture.width, IMAGE_HEIGHT / picture.height] * 2)
            labels, confidences, runners_up = {}, {}, {}
            for name, values in ((name, outputs[name]) for name in ATTRIBUTES):
                probabilities = np.exp(values - values.max(axis=1, keepdims=True))
                probabilities /= probabilities.sum(axis=1, keepdims=True)
                if name == "size" and "size" in config:  # weighed with the box-geometry size classifier
                    large_column = ATTRIBUTES["size"].index("large")
                    from_box = large_probability(np.array(xywh) * to_clevr, config["size"])
                    weight = float(config["size"].get("network_weight", SIZE_NETWORK_WEIGHT))
                    probabilities[:, large_column] = weight * probabilities[:, large_column] + (1 - weight) * from_box
                    probabilities[:, 1 - large_column] = 1 - probabilities[:, large_column]
                labels[name] = [ATTRIBUTES[name][k] for k in probabilities.argmax(axis=1)]
                confidences[name] = probabilities.max(axis=1)
                runners_up[name] = [
                    {
                        value: round(float(p), 4)
                        for value, p in zip(ATTRIBUTES[name], row, strict=True)
                        if value != labels[name][i] and p >= MIN_ALTERNATIVE
                    }
                    for i, row in enumerate(probabilities)
                ]
            large = np.array([size == "large" for size in labels["size"]])
            regression_boxes, coefficients = np.array(xywh), config["geometry"]["coefficients"]
            if "centre" in outputs and "centre_coefficients" in config["geometry"]:
                regression_boxes = centred_boxes(regression_boxes, outputs["centre"])
                coefficients = config["geometry"]["centre_coefficients"]
            estimates = apply_box_regression(regression_boxes * to_clevr, large, np.array(coefficients))
            column = {name: k for k, name in enumerate(REGRESSION_TARGETS)}
            for i, box in enumerate(xywh):
                u = estimates[i, column["u"]] / to_clevr[0]
                v = estimates[i, column["v"]] / to_clevr[1]
                objects.append(
                    {
                        **{name: labels[name][i] for name in ATTRIBUTES},
                        "3d_coords": [
                            float(estimates[i, column["x"]]),
                            float(estimates[i, column["y"]]),
                            SIZE_Z[labels["size"][i]],
                        ],
                        "pixel_coords": [round(float(u), 2), round(float(v), 2), float(estimates[i, column["depth"]])],
                        "bbox": [round(value, 2) for value in box],
                        "score": float(scores[i]),
                        "detector_score": float(detector_scores[i]),
                        **{f"{name}_score": float(confidences[name][i]) for name in ATTRIBUTES},
                        **{f"{name}_alternatives": runners_up[name][i] for name in ATTRIBUTES if runners_up[name][i]},
                    }
                )
        is_object = [score >= threshold for score in scores]
        scene: dict[str, Any] = {
            "objects": [o for o, keep in zip(objects, is_object, strict=True) if keep],
            "candidates": [o for o, keep in zip(objects, is_object, strict=True) if not keep],
            "detection_threshold": threshold,
            "directions": {name: list(vector) for name, vector in DEFAULT_DIRECTIONS.items()},
            "width": picture.width,
            "height": picture.height,
        }
        if isinstance(image, (str, Path)):
            scene["image_filename"] = Path(image).name
        return scene

    def __call__(self, image: ImageInput) -> SceneGraph:
        """The scene graph of ``image`` (via ``nsvr.scene_graph.clevr.scene_from_clevr``)."""
        from nsvr.scene_graph.clevr import scene_from_clevr

        scene = self.scene(image)
        return scene_from_clevr(scene, width=scene["width"], height=scene["height"])


def onnx_threads() -> int | None:
    """onnxruntime threads per session from ``NSVR_ONNX_THREADS`` (1 when unset; None for "0": onnxruntime's
    default).

    >>> import os; os.environ["NSVR_ONNX_THREADS"] = "0"; onnx_threads() is None
    True
    >>> del os.environ["NSVR_ONNX_THREADS"]; onnx_threads()
    1
    """
    raw = os.environ.get("NSVR_ONNX_THREADS", "1").strip() or "1"
    if not raw.isdigit():
        raise ClevrWeightsError(f"NSVR_ONNX_THREADS must be a whole number (0: onnxruntime's default), got {raw!r}")
    return int(raw) or None
