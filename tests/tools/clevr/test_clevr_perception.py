from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from nsvr.scene_graph.clevr import clevr_relationships
from nsvr.tools.clevr import ClevrImageError, ClevrPerception, ClevrPerceptionError, ClevrWeightsError
from nsvr.tools.clevr.detection import box_iou

IMAGES = ["CLEVR_val_000000.png", "CLEVR_val_000001.png", "CLEVR_val_000002.png"]
ATTRIBUTES = ("color", "shape", "material", "size")


@pytest.fixture(scope="module")
def perception() -> ClevrPerception:
    return ClevrPerception(device="cpu")


@pytest.fixture(scope="module")
def val_scenes(shared_dir) -> dict[str, dict]:
    scenes = json.loads((shared_dir / "clevr-mini" / "val" / "scenes.json").read_text())["scenes"]
    return {scene["image_filename"]: scene for scene in scenes}


def _matched_truth(predicted: list[dict], truth: list[dict]) -> list[int]:
    """For each predicted object the index of the true object it overlaps most (IoU >= 0.5)."""
    true_boxes = np.array([[b[0], b[1], b[0] + b[2], b[1] + b[3]] for b in (t["bbox"] for t in truth)], float)
    matches = []
    for obj in predicted:
        x, y, w, h = obj["bbox"]
        overlaps = box_iou(np.array([x, y, x + w, y + h]), true_boxes)
        assert overlaps.max() >= 0.5, f"prediction {obj} matches no true object"
        matches.append(int(overlaps.argmax()))
    return matches


def test_objects_and_attributes_match_the_scene_file(perception, val_scenes, shared_dir):
    right = total = 0
    errors: list[float] = []
    for name in IMAGES:
        truth = val_scenes[name]["objects"]
        scene = perception.scene(shared_dir / "clevr-mini" / "val" / "images" / name)
        assert len(scene["objects"]) == len(truth), name
        matches = _matched_truth(scene["objects"], truth)
        assert sorted(matches) == list(range(len(truth))), name
        for obj, t in zip(scene["objects"], matches, strict=True):
            right += sum(obj[a] == truth[t][a] for a in ATTRIBUTES)
            total += len(ATTRIBUTES)
            assert obj["3d_coords"][2] == (0.7 if obj["size"] == "large" else 0.35)
            errors.append(np.linalg.norm(np.subtract(obj["3d_coords"][:2], truth[t]["3d_coords"][:2])))
    # ground-plane error over all val objects: mean 0.14, 99th percentile 0.41; the largest, 0.78, is a cube in
    # image 1 whose lower part hides behind another cube, so its visible box says little about where it stands
    assert np.median(errors) < 0.2 and max(errors) < 1.0, errors
    # the shipped model gets 99.87% of val attributes right (shape 99.47%): allow one slip here
    assert right >= total - 1, f"{total - right} of {total} attribute values wrong"


def test_scene_graph_relations_match_the_official_ones(perception, val_scenes, shared_dir):
    name = IMAGES[0]
    scene = perception.scene(shared_dir / "clevr-mini" / "val" / "images" / name)
    graph = perception(shared_dir / "clevr-mini" / "val" / "images" / name)
    assert [o.name for o in graph.objects] == [o["shape"] for o in scene["objects"]]
    matches = _matched_truth(scene["objects"], val_scenes[name]["objects"])
    official = val_scenes[name]["relationships"]
    predicted = clevr_relationships(graph)
    for relation in ("left", "right", "front", "behind"):
        for i, t in enumerate(matches):
            assert sorted(matches[j] for j in predicted[relation][i]) == sorted(official[relation][t])


def test_array_pil_and_path_inputs_agree(perception, shared_dir):
    path = shared_dir / "clevr-mini" / "val" / "images" / IMAGES[1]
    rgba = Image.open(path)
    from_path = perception.scene(path)
    from_array = perception.scene(np.asarray(rgba.convert("RGB")))
    from_pil = perception.scene(rgba)
    assert from_path["objects"] == from_array["objects"] == from_pil["objects"]
    assert from_path["image_filename"] == IMAGES[1] and from_path["width"] == 480


def test_empty_scene_gives_no_objects(perception):
    scene = perception.scene(Image.new("RGB", (480, 320), (128, 128, 128)))
    assert scene["objects"] == [] and set(scene["directions"]) >= {"left", "right", "front", "behind"}
    assert perception(np.full((320, 480, 3), 128, np.uint8)).objects == []


def test_missing_weights_say_how_to_get_them(tmp_path):
    with pytest.raises(ClevrWeightsError, match="nsvr train clevr"):
        ClevrPerception(weights=str(tmp_path))


def test_corrupt_weights_are_reported(tmp_path):
    for name in ("clevr.json", "detector.onnx", "attributes.onnx"):
        (tmp_path / name).write_text("not a model")
    with pytest.raises(ClevrWeightsError, match="corrupt"):
        ClevrPerception(weights=str(tmp_path), device="cpu").scene(np.zeros((32, 32, 3), np.uint8))


@pytest.mark.parametrize(
    "bad",
    ["missing.png", "text", np.zeros((4, 4, 2), np.uint8), np.zeros((0, 5, 3), np.uint8), 42],
)
def test_unreadable_images_raise_a_clear_error(perception, tmp_path, bad):
    if isinstance(bad, str) and bad == "text":
        bad = tmp_path / "notes.png"
        bad.write_text("this is not an image")
    elif isinstance(bad, str) and bad == "missing.png":
        bad = tmp_path / "missing.png"
    with pytest.raises(ClevrImageError) as raised:
        perception.scene(bad)
    assert isinstance(raised.value, ClevrPerceptionError)


def test_unknown_device_is_rejected(shared_dir):
    with pytest.raises(ClevrPerceptionError, match="device"):
        ClevrPerception(device="tpu").scene(np.zeros((32, 32, 3), np.uint8))


def test_uncertain_readings_are_kept_as_runners_up_and_candidates(perception, shared_dir):
    from nsvr.tools.clevr.perception import CANDIDATE_FRACTION, MIN_ALTERNATIVE
    from nsvr.tools.clevr.vocabulary import ATTRIBUTES as VALUES

    scene = perception.scene(shared_dir / "clevr-mini" / "val" / "images" / "CLEVR_val_000027.png")
    threshold = scene["detection_threshold"]
    assert all(o["score"] >= threshold for o in scene["objects"])
    assert all(c["score"] < threshold for c in scene["candidates"])
    # the detector's own threshold decides which boxes are looked at (the objectness check may then move them)
    detector_threshold = perception._load()[2]["detector"]["conf"]
    assert all(c["detector_score"] >= detector_threshold * CANDIDATE_FRACTION for c in scene["candidates"])
    for obj in scene["objects"] + scene["candidates"]:
        for name in ATTRIBUTES:
            runners_up = obj.get(f"{name}_alternatives", {})
            assert obj[name] not in runners_up and set(runners_up) <= set(VALUES[name])
            assert all(MIN_ALTERNATIVE <= p <= obj[f"{name}_score"] for p in runners_up.values())
    graph = perception(shared_dir / "clevr-mini" / "val" / "images" / "CLEVR_val_000027.png")
    assert len(graph.objects) == len(scene["objects"]) and len(graph.candidates) == len(scene["candidates"])


def test_a_question_about_a_faint_object_is_answered(perception, shared_dir):
    """In val image 27 a small red cylinder hides behind a red cube; the questions that presuppose it find it
    among the candidates (or the objects) and answer from it."""
    from nsvr.agent.parser import parse
    from nsvr.scene_graph import execute

    graph = perception(shared_dir / "clevr-mini" / "val" / "images" / "CLEVR_val_000027.png")
    question = "What shape is the red object behind the large block in front of the large purple thing?"
    answer = execute(parse(question), graph)
    assert (answer.status, answer.value) == ("ok", "cylinder")


def test_half_hidden_objects_are_placed_by_their_projected_centre(perception, val_scenes, shared_dir):
    """The attribute network says where an object's 3D centre projects; for objects partly behind others that
    is nearer the truth than what the visible box alone gives (the box regression the weights also hold)."""
    from nsvr.tasks.training.error_causes import hidden_fractions
    from nsvr.tools.clevr.geometry import apply_box_regression

    config = perception._load()[2]
    assert "centre_coefficients" in config["geometry"]
    from_box_only = np.array(config["geometry"]["coefficients"])
    hidden = hidden_fractions(list(val_scenes.values()))
    names = sorted({name for (name, _), h in hidden.items() if h >= 0.3})[:10]
    from_centre, from_box = [], []
    for name in names:
        truth = val_scenes[name]["objects"]
        scene = perception.scene(shared_dir / "clevr-mini" / "val" / "images" / name)
        for obj, t in zip(scene["objects"], _matched_truth(scene["objects"], truth), strict=True):
            if hidden[name, t] >= 0.3:
                u, v = truth[t]["pixel_coords"][:2]
                box_estimate = apply_box_regression(
                    np.array([obj["bbox"]]), np.array([obj["size"] == "large"]), from_box_only
                )
                from_centre.append(np.hypot(obj["pixel_coords"][0] - u, obj["pixel_coords"][1] - v))
                from_box.append(np.hypot(box_estimate[0, 2] - u, box_estimate[0, 3] - v))
    assert len(from_centre) >= 8
    # measured on all 21 such val objects: 2.2 px from the centre head, 3.9 px from the box
    assert np.mean(from_centre) < 0.8 * np.mean(from_box), (np.mean(from_centre), np.mean(from_box))


@pytest.mark.parametrize("scale", [0.5, 1.5])
def test_sizes_hold_when_the_render_is_resized(perception, val_scenes, shared_dir, scale):
    """A render at half or one and a half times its size: the network's size head alone is at chance at half size,
    the box geometry is not, and the size read from both must stay right."""
    right = total = 0
    for name in [*IMAGES, "CLEVR_val_000024.png", "CLEVR_val_000045.png", "CLEVR_val_000055.png"]:
        image = Image.open(shared_dir / "clevr-mini" / "val" / "images" / name).convert("RGB")
        resized = image.resize((round(480 * scale), round(320 * scale)), Image.Resampling.LANCZOS)
        scene = perception.scene(resized)
        truth = [{**t, "bbox": [v * scale for v in t["bbox"]]} for t in val_scenes[name]["objects"]]
        for obj, t in zip(scene["objects"], _matched_truth(scene["objects"], truth), strict=True):
            right += obj["size"] == truth[t]["size"]
            total += 1
    assert total >= 20 and right == total, f"{total - right} of {total} sizes wrong at {scale}x"
