from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from nsvr.tools.captioner import Captioner, Captions
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError


@pytest.mark.slow
def test_captioner_offline_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelNotAvailableError, match="blip-image-captioning-base not available offline; pass --model"):
        Captioner(device="cpu").load()
    with pytest.raises(ToolConfigError):
        Captioner(max_new_tokens=0)


@pytest.mark.slow
def test_tiny_blip_captions_the_image_and_its_regions(tmp_path: Path, tiny_models) -> None:
    pytest.importorskip("transformers")
    folder = tiny_models.tiny_blip(tmp_path)
    words = {"a", "red", "bus", "man", "on", "the", "street"}
    image = np.random.default_rng(0).integers(0, 255, (60, 80, 3), dtype=np.uint8)
    dets = Detections(boxes=[(0, 0, 40, 30), (40, 30, 80, 60)], scores=[1, 1], class_names=["a", "b"])
    tool = Captioner(model=str(folder), device="cpu", regions=True, max_new_tokens=4)
    found = tool(image, dets)
    assert isinstance(found, Captions) and isinstance(found.caption, str)
    assert set(found.caption.split()) <= words  # random weights, but only words of the vocabulary
    assert len(found.regions) == 2 and all(isinstance(r, str) for r in found.regions)
    prompted = Captioner(model=str(folder), device="cpu", prompt="a", max_new_tokens=3)(image)
    assert isinstance(prompted.caption, str) and prompted.regions == []
    tool.close()
