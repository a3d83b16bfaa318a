"""From an object's image box to its place in CLEVR's 3D world.

CLEVR's camera has a fixed rotation and a slightly jittered position, and every object rests on the ground
plane, so an object's ground position (x, y), its projected centre (u, v) and its depth are smooth functions
of its box and its size. :func:`fit_box_regression` learns them by least squares on polynomial box features
(separately for small and large objects); the camera jitter shifts all objects of a scene alike, so the
relations computed from the estimates match the official ones even where the absolute error is ~0.1.
"""

from __future__ import annotations

from itertools import combinations_with_replacement

import numpy as np

from nsvr.tools.clevr.vocabulary import IMAGE_HEIGHT, IMAGE_WIDTH

REGRESSION_TARGETS = ("x", "y", "u", "v", "depth")


def polynomial_box_features(boxes: np.ndarray) -> np.ndarray:
    """All terms of degree <= 2 in the box centre, bottom and size, plus the cubic terms of centre and bottom,
    for ``boxes`` (``(n, 4)`` as x, y, w, h in 480x320 pixels); the first column is the constant 1.

    >>> polynomial_box_features(np.array([[100.0, 50.0, 20.0, 30.0]])).shape
    (1, 31)
    """
    boxes = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    x, y, w, h = boxes.T
    centre_u, centre_v = (x + w / 2) / IMAGE_WIDTH, (y + h / 2) / IMAGE_HEIGHT
    bottom = (y + h) / IMAGE_HEIGHT
    base = [centre_u, centre_v, bottom, w / IMAGE_WIDTH, h / IMAGE_HEIGHT]
    columns = [np.ones_like(x), *base]
    columns += [base[i] * base[j] for i, j in combinations_with_replacement(range(5), 2)]
    columns += [base[i] * base[j] * base[k] for i, j, k in combinations_with_replacement(range(3), 3)]
    return np.stack(columns, axis=1)


def box_features(boxes: np.ndarray, large: np.ndarray) -> np.ndarray:
    """:func:`polynomial_box_features` with one block of columns per object size.

    >>> box_features(np.array([[100.0, 50.0, 20.0, 30.0]]), np.array([True])).shape
    (1, 62)
    """
    features = polynomial_box_features(boxes)
    is_large = np.asarray(large, dtype=np.float64).reshape(-1, 1)
    return np.concatenate([features * is_large, features * (1 - is_large)], axis=1)


def fit_size_classifier(boxes: np.ndarray, large: np.ndarray, steps: int = 3000) -> dict[str, list[float]]:
    """Logistic regression from :func:`polynomial_box_features` to "is large": in CLEVR's fixed camera the
    box's place and size decide the size almost always. Returns the standardisation and weights."""
    features = polynomial_box_features(boxes)
    mean, scale = features[:, 1:].mean(axis=0), features[:, 1:].std(axis=0) + 1e-9
    features[:, 1:] = (features[:, 1:] - mean) / scale
    target = np.asarray(large, dtype=np.float64)
    weights = np.zeros(features.shape[1])
    for _ in range(steps):
        probability = 1 / (1 + np.exp(-features @ weights))
        weights -= 0.5 * (features.T @ (probability - target) / len(target) + 1e-3 * weights)
    return {"mean": mean.tolist(), "scale": scale.tolist(), "weights": weights.tolist()}


def large_probability(boxes: np.ndarray, classifier: dict[str, list[float]]) -> np.ndarray:
    """The size classifier's probability that each box (x, y, w, h in 480x320 pixels) is a large object."""
    features = polynomial_box_features(boxes)
    features[:, 1:] = (features[:, 1:] - np.asarray(classifier["mean"])) / np.asarray(classifier["scale"])
    return 1 / (1 + np.exp(-features @ np.asarray(classifier["weights"])))


def fit_box_regression(boxes: np.ndarray, large: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """Least-squares coefficients mapping :func:`box_features` to ``targets`` (``(n, k)``), lightly
    ridge-regularised so that a small training set stays well posed."""
    features = box_features(boxes, large)
    ridge = 1e-6 * np.eye(features.shape[1])
    gram = features.T @ features + ridge
    return np.linalg.solve(gram, features.T @ np.asarray(targets, dtype=np.float64))


def apply_box_regression(boxes: np.ndarray, large: np.ndarray, coefficients: np.ndarray) -> np.ndarray:
    """The regression's estimates, ``(n, k)``, for ``boxes`` (x, y, w, h in 480x320 pixels)."""
    if len(boxes) == 0:
        return np.zeros((0, np.asarray(coefficients).shape[1]))
    return box_features(boxes, large) @ np.asarray(coefficients, dtype=np.float64)


def relations_from_coords(
    coords: np.ndarray, directions: dict[str, list[float]], eps: float = 0.2
) -> dict[str, list[list[int]]]:
    """CLEVR's ``relationships``: ``result[rel][i]`` lists the j with ``(coords_j - coords_i) . dir > eps``.

    >>> relations_from_coords(np.array([[0.0, 0, 0], [1.0, 0, 0]]), {"right": [1.0, 0, 0]})["right"]
    [[1], []]
    """
    coords = np.asarray(coords, dtype=np.float64).reshape(-1, 3)
    result: dict[str, list[list[int]]] = {}
    for name in ("left", "right", "front", "behind"):
        if name not in directions:
            continue
        projected = coords @ np.asarray(directions[name], dtype=np.float64)
        result[name] = [
            [j for j in range(len(coords)) if j != i and projected[j] - projected[i] > eps] for i in range(len(coords))
        ]
    return result
