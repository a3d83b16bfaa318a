from __future__ import annotations

import numpy as np
from PIL import Image

from nsvr.tools.clevr.crops import CROP_SIZE, batch_inputs, crop_window
from nsvr.tools.clevr.detection import decode_detections, letterbox, non_max_suppression
from nsvr.tools.clevr.geometry import (
    apply_box_regression,
    fit_box_regression,
    fit_size_classifier,
    large_probability,
    relations_from_coords,
)
from nsvr.tools.clevr.vocabulary import DEFAULT_DIRECTIONS


def test_box_regression_recovers_a_smooth_map():
    rng = np.random.default_rng(0)
    boxes = np.column_stack([rng.uniform(0, 400, 200), rng.uniform(0, 250, 200), rng.uniform(10, 80, (200, 2))])
    large = rng.random(200) < 0.5
    centre_u = boxes[:, 0] + boxes[:, 2] / 2
    targets = np.column_stack([0.01 * centre_u + 2.0 * large, 0.02 * (boxes[:, 1] + boxes[:, 3])])
    coefficients = fit_box_regression(boxes, large, targets)
    assert np.abs(apply_box_regression(boxes, large, coefficients) - targets).max() < 1e-3
    assert apply_box_regression(np.zeros((0, 4)), np.zeros(0, bool), coefficients).shape == (0, 2)


def test_relations_follow_clevr_rule_with_eps():
    right = np.array(DEFAULT_DIRECTIONS["right"])
    coords = np.array([[0.0, 0.0, 0.35], [*(0.5 * right[:2]), 0.35], [*(0.1 * right[:2]), 0.7]])
    relations = relations_from_coords(coords, DEFAULT_DIRECTIONS)
    assert relations["right"][0] == [1]  # object 2 is only 0.1 to the right: within eps
    assert relations["left"][1] == [0, 2]
    assert relations["front"] == [[], [], []]


def test_nms_keeps_the_best_of_overlapping_boxes():
    boxes = np.array([[0, 0, 10, 10], [1, 1, 10, 10], [20, 20, 30, 30]], dtype=float)
    assert non_max_suppression(boxes, np.array([0.5, 0.9, 0.8]), iou=0.6) == [1, 2]


def test_decode_undoes_the_letterbox():
    image = Image.new("RGB", (480, 320), (120, 120, 120))
    tensor, scale, padding = letterbox(image, (224, 320))
    assert tensor.shape == (1, 3, 224, 320) and scale == 320 / 480
    # one anchor at the letterboxed centre of the original box (100, 50, 160, 110), one below threshold
    cx, cy = 130 * scale + padding[0], 80 * scale + padding[1]
    raw = np.array([[[cx, 5.0], [cy, 5.0], [60 * scale, 2.0], [60 * scale, 2.0], [0.9, 0.1]]], dtype=np.float32)
    boxes, scores = decode_detections(raw, scale, padding, conf=0.5, iou=0.6, size=(480, 320))
    np.testing.assert_allclose(boxes, [[100, 50, 160, 110]], atol=1e-3)
    np.testing.assert_allclose(scores, [0.9])


def test_crops_mark_the_box_and_carry_its_geometry():
    image = Image.new("RGB", (480, 320), (0, 0, 0))
    image.paste((255, 0, 0), (100, 100, 140, 120))
    crops, geometry = batch_inputs(image, [(100.0, 100.0, 40.0, 20.0)])
    assert crops.shape == (1, 4, CROP_SIZE, CROP_SIZE)
    centre = crops[0, :, CROP_SIZE // 2, CROP_SIZE // 2]
    assert centre[0] > 0.9 and centre[1] < 0.1 and centre[3] == 1.0
    assert crops[0, 3, 0, 0] == 0.0  # the context around the box is marked outside
    np.testing.assert_allclose(geometry[0], [120 / 480, 110 / 320, 40 / 480, 20 / 320], rtol=1e-6)
    assert crop_window((0.0, 0.0, 10.0, 10.0), context=2.0) == (-5.0, -5.0, 15.0, 15.0)


def test_size_classifier_separates_by_box_size_and_place():
    rng = np.random.default_rng(1)
    bottom = rng.uniform(120, 300, 400)
    large = rng.random(400) < 0.5
    side = (bottom - 60) * np.where(large, 0.5, 0.25) * rng.uniform(0.9, 1.1, 400)
    boxes = np.column_stack([rng.uniform(0, 300, 400), bottom - side, side, side])
    classifier = fit_size_classifier(boxes, large)
    assert ((large_probability(boxes, classifier) > 0.5) == large).mean() > 0.97
    assert set(classifier) == {"mean", "scale", "weights"}
