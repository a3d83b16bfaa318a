"""The CLEVR attribute vocabulary and rendering constants (the official renderer's properties.json)."""

from __future__ import annotations

ATTRIBUTES: dict[str, list[str]] = {
    "color": ["gray", "red", "blue", "green", "brown", "purple", "cyan", "yellow"],
    "shape": ["cube", "sphere", "cylinder"],
    "material": ["rubber", "metal"],
    "size": ["large", "small"],
}
"""Attribute name -> its values, in the order the attribute network's logits use."""

SIZE_Z: dict[str, float] = {"large": 0.7, "small": 0.35}
"""Height of an object's centre above the ground plane (its radius) by size."""

IMAGE_WIDTH, IMAGE_HEIGHT = 480, 320

DEFAULT_DIRECTIONS: dict[str, list[float]] = {
    "behind": [-0.754490315914154, 0.6563112735748291, 0.0],
    "front": [0.754490315914154, -0.6563112735748291, -0.0],
    "left": [-0.6563112735748291, -0.7544902563095093, 0.0],
    "right": [0.6563112735748291, 0.7544902563095093, -0.0],
    "above": [0.0, 0.0, 1.0],
    "below": [-0.0, -0.0, -1.0],
}
"""The ``directions`` of every CLEVR v1.0 scene (the camera's rotation is fixed)."""
