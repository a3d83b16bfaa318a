from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pytest

from nsvr.tools import base
from nsvr.tools.base import Tool, ToolInput, resolve_device
from nsvr.tools.convert import Detections
from nsvr.tools.errors import MissingDependencyError, ModelNotAvailableError, ToolConfigError
from nsvr.tools.image_io import load_image


@pytest.mark.slow
def test_auto_device_follows_torch() -> None:
    torch = pytest.importorskip("torch")
    assert resolve_device("auto") == ("cuda" if torch.cuda.is_available() else "cpu")
    assert resolve_device("cuda:1") == "cuda:1"
    with pytest.raises(ToolConfigError, match="unknown device 'tpu'"):
        resolve_device("tpu")


def test_models_load_once_per_process_and_close_frees_them(blob_detector_class: type) -> None:
    first, second = blob_detector_class(), blob_detector_class()
    first.close()
    assert not first.is_loaded
    assert first.load() is second.load()
    assert second.is_loaded and any("ColourBlobDetector" in key[0] for key in base.loaded_models())
    second.close()
    assert not first.is_loaded


def test_run_batches_inputs(blob_detector_class: type, blobs_image: np.ndarray) -> None:
    detector = blob_detector_class()
    image = load_image(blobs_image)
    outputs = detector.run([ToolInput(image=image)] * 5)
    assert detector.calls == [2, 2, 1]
    assert all(isinstance(o, Detections) for o in outputs)
    assert sorted(outputs[0].class_names) == ["blue blob", "red blob", "red blob"]
    assert detector(blobs_image).boxes == outputs[0].boxes  # __call__ reads any image source


def test_outputs_are_checked() -> None:
    class Wrong(Tool[Detections]):
        name = "wrong"
        kind = "detector"
        output_type = Detections

        def _load_model(self, device: str) -> Any:
            return None

        def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[Any]:
            return ["not detections"] * len(inputs)

    with pytest.raises(TypeError, match="returned str, not Detections"):
        Wrong(device="cpu")(np.zeros((4, 4, 3), np.uint8))


def test_error_messages_say_what_to_do() -> None:
    assert str(ModelNotAvailableError("yolo11n.pt")) == (
        "model yolo11n.pt not available offline; pass --model PATH or install nsvr[perception]"
    )
    with pytest.raises(MissingDependencyError, match=r"pip install 'nsvr\[torch\]'"):
        base.require("surely_not_a_module_xyz", "xyz", extra="torch")


def test_unreachable_hub_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    class Loader:
        calls: list[dict[str, Any]] = []

        @classmethod
        def from_pretrained(cls, model: str, **kwargs: Any) -> Any:
            cls.calls.append(kwargs)
            raise OSError(f"{model} is not in the cache")

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailableError, match="model org/model not available offline; pass --model PATH"):
        base.from_pretrained_offline(Loader, "org/model")
    assert Loader.calls == [{"local_files_only": True}]  # never tried the network
