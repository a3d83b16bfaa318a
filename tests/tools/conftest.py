from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(scope="session")
def bus_jpg() -> Path:
    """ultralytics' bundled bus.jpg: a blue bus, people in front of it, 'cero emisiones' written on it."""
    return EXAMPLES / "bus.jpg"


@pytest.fixture(scope="session")
def zidane_jpg() -> Path:
    """ultralytics' bundled zidane.jpg: two men in suits, one dark tie clearly visible."""
    return EXAMPLES / "zidane.jpg"


@pytest.fixture(scope="session")
def clevr_val(shared_dir: Path) -> tuple[Path, list[dict[str, Any]]]:
    """CLEVR-mini val: images folder and scenes (with per-object COCO RLE masks)."""
    folder = shared_dir / "clevr-mini" / "val"
    if not (folder / "scenes.json").is_file():
        pytest.skip("clevr-mini val scenes not found")
    scenes = json.loads((folder / "scenes.json").read_text())["scenes"]
    return folder / "images", scenes


def _blob_detector_class() -> type:
    """A small real detector for pipeline tests: connected regions of strongly red / blue pixels."""
    from collections.abc import Sequence

    from nsvr.tools.base import ToolInput
    from nsvr.tools.convert import Detections
    from nsvr.tools.detector import Detector

    class ColourBlobDetector(Detector):
        name = "colour-blobs"
        default_model = "thresholds"
        batch_size = 2

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self.calls: list[int] = []

        @property
        def vocabulary(self) -> list[str]:
            return ["red blob", "blue blob"]

        def _load_model(self, device: str) -> Any:
            from scipy import ndimage

            return ndimage

        def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Detections]:
            self.calls.append(len(inputs))
            found = []
            for item in inputs:
                pixels = item.image.pixels.astype(int)
                boxes, names = [], []
                for name, channel in (("red blob", 0), ("blue blob", 2)):
                    others = [c for c in range(3) if c != channel]
                    strong = (pixels[:, :, channel] > 150) & (pixels[:, :, others].max(axis=2) < 90)
                    labels, _ = model.label(strong)
                    for rows, cols in model.find_objects(labels):
                        box = (cols.start, rows.start, cols.stop, rows.stop)
                        boxes.append(item.image.box_to_original(tuple(float(v) for v in box)))
                        names.append(name)
                found.append(Detections(boxes=boxes, scores=[0.9] * len(boxes), class_names=names))
            return found

    return ColourBlobDetector


@pytest.fixture
def blob_detector_class() -> type:
    pytest.importorskip("scipy")
    return _blob_detector_class()


@pytest.fixture
def blobs_image() -> Any:
    """A 120x200 gray canvas with a red square (left), a small red square and a blue disc (right)."""
    import numpy as np

    canvas = np.full((120, 200, 3), 128, dtype=np.uint8)
    canvas[30:70, 20:60] = (200, 30, 30)
    canvas[90:100, 80:90] = (210, 20, 25)
    yy, xx = np.mgrid[:120, :200]
    canvas[(yy - 50) ** 2 + (xx - 150) ** 2 < 20**2] = (30, 40, 210)
    return canvas


@pytest.fixture(scope="session")
def tiny_models() -> Any:
    """The ``tiny_models`` helper module beside this file (tests run with ``--import-mode=importlib``)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("nsvr_tests_tiny_models", Path(__file__).with_name("tiny_models.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def chart_pictures() -> Any:
    """The ``chart_pictures`` helper module beside this file: charts and pictograms drawn with their ground truth."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "nsvr_tests_chart_pictures", Path(__file__).with_name("chart_pictures.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module
