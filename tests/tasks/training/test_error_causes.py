"""Perception errors sorted by cause (nsvr.tasks.training.error_causes)."""

from __future__ import annotations

import copy

import pytest

from nsvr.tasks.training.clevr_data import load_scenes
from nsvr.tasks.training.error_causes import cause_table, hidden_fractions, object_errors


@pytest.fixture(scope="module")
def val_scenes(shared_dir):
    return load_scenes(shared_dir / "clevr-mini" / "val" / "scenes.json")["scenes"]


def _as_perceived(scene):
    """A ground-truth scene in the layout the perception writes (no relationships: relations from 3d_coords)."""
    return {"objects": copy.deepcopy(scene["objects"]), "directions": scene["directions"], "width": 480, "height": 320}


def test_hidden_fraction_is_high_only_for_covered_objects(val_scenes):
    hidden = hidden_fractions(val_scenes)
    assert len(hidden) == sum(len(s["objects"]) for s in val_scenes)
    assert all(0.0 <= h <= 1.0 for h in hidden.values())
    # most objects stand free; some are mostly hidden
    values = sorted(hidden.values())
    assert values[len(values) // 2] < 0.1 and values[-1] > 0.5


def test_perfect_perception_has_no_errors(val_scenes):
    truths = {s["image_filename"]: s for s in val_scenes[:5]}
    predicted = {name: _as_perceived(scene) for name, scene in truths.items()}
    assert object_errors(predicted, truths) == []


def test_each_error_gets_its_cause(val_scenes):
    hidden = hidden_fractions(val_scenes)
    truths = {s["image_filename"]: s for s in val_scenes}
    name = "CLEVR_val_000027.png"  # object 2: a small cylinder half hidden behind a large cube
    assert hidden[name, 2] >= 0.2
    perceived = _as_perceived(truths[name])
    perceived["objects"][0]["shape"] = "sphere" if perceived["objects"][0]["shape"] != "sphere" else "cube"
    del perceived["objects"][2]
    errors = object_errors({name: perceived}, truths)
    causes = {e["cause"] for e in errors}
    assert "missed: small behind large" in causes
    assert any(c.startswith("shape: other") for c in causes)
    table = cause_table(errors, {name: 3})
    assert table[0].startswith("cause")
    assert any("missed: small behind large" in line and line.endswith("3") for line in table)


def test_a_spurious_detection_is_counted(val_scenes):
    truths = {s["image_filename"]: s for s in val_scenes[:1]}
    name = val_scenes[0]["image_filename"]
    perceived = _as_perceived(truths[name])
    perceived["objects"].append({**perceived["objects"][0], "bbox": [400.0, 10.0, 20.0, 20.0]})
    errors = object_errors({name: perceived}, truths)
    assert [e["cause"] for e in errors if e["cause"] == "spurious"] == ["spurious"]
