"""Copy-paste occlusion for the attribute network's training crops.

Most attribute mistakes are on objects hidden behind others. This augmentation pastes the cut-out of another
training object (its visible pixels, from the scenes' masks) over part of a crop, in front of the target, and
removes the covered pixels from the target's mask target, so the network sees many more occlusions than the
300 training scenes hold. Crops whose target would lose too much of its visible area keep their original.
"""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image

from nsvr.tools.clevr.crops import CROP_SIZE

MIN_VISIBLE = 0.4
"""A paste is undone when less than this share of the target's visible mask would remain."""


def make_cutouts(
    images: list[Image.Image], patches: list[tuple[Image.Image, float, float] | None]
) -> list[Image.Image | None]:
    """RGBA cut-outs (visible pixels only) of each object, from its image and decoded mask patch."""
    cutouts: list[Image.Image | None] = []
    for image, patch in zip(images, patches, strict=True):
        if patch is None:
            cutouts.append(None)
            continue
        mask, x, y = patch
        rgb = image.crop((int(x), int(y), int(x) + mask.width, int(y) + mask.height))
        rgba = rgb.convert("RGBA")
        rgba.putalpha(mask)
        cutouts.append(rgba)
    return cutouts


def paste_occluder(
    crop: np.ndarray, mask_target: np.ndarray, cutout: Image.Image, window_side: float, rng: random.Random
) -> bool:
    """Paste ``cutout`` (at the crop's scale, jittered) near the centre of ``crop`` (``(4, S, S)``, RGB in
    [0, 1]) and update ``mask_target`` (``(M, M)``) in place; returns whether the paste was kept."""
    scale = CROP_SIZE / window_side * rng.uniform(0.8, 1.25)
    width, height = max(2, round(cutout.width * scale)), max(2, round(cutout.height * scale))
    if width > 2 * CROP_SIZE or height > 2 * CROP_SIZE:
        return False
    resized = np.asarray(cutout.resize((width, height), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
    angle, distance = rng.uniform(0, 2 * math.pi), rng.uniform(0.25, 0.6) * CROP_SIZE
    left = round(CROP_SIZE / 2 + distance * math.cos(angle) - width / 2)
    top = round(CROP_SIZE / 2 + distance * math.sin(angle) - height / 2)
    alpha = np.zeros((CROP_SIZE, CROP_SIZE), dtype=np.float32)
    colour = np.zeros((CROP_SIZE, CROP_SIZE, 3), dtype=np.float32)
    x0, y0 = max(0, left), max(0, top)
    x1, y1 = min(CROP_SIZE, left + width), min(CROP_SIZE, top + height)
    if x1 <= x0 or y1 <= y0:
        return False
    alpha[y0:y1, x0:x1] = resized[y0 - top : y1 - top, x0 - left : x1 - left, 3]
    colour[y0:y1, x0:x1] = resized[y0 - top : y1 - top, x0 - left : x1 - left, :3]
    cells = mask_target.shape[0]
    factor = CROP_SIZE // cells
    covered = alpha.reshape(cells, factor, cells, factor).mean(axis=(1, 3))
    remaining = mask_target * (1 - covered)
    if remaining.sum() < MIN_VISIBLE * max(mask_target.sum(), 1e-6):
        return False
    crop[:3] = crop[:3] * (1 - alpha) + colour.transpose(2, 0, 1) * alpha
    mask_target[:] = remaining
    return True
