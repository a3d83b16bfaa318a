"""CLEVR perception from pixels: ``ClevrPerception()(image)`` gives the image's :class:`SceneGraph`.

Weights (ONNX, a few MB) ship in ``weights/``; ``nsvr train clevr`` makes new ones.
"""

from nsvr.tools.clevr.perception import (
    ClevrImageError,
    ClevrPerception,
    ClevrPerceptionError,
    ClevrRuntimeError,
    ClevrWeightsError,
    load_image,
)

__all__ = [
    "ClevrImageError",
    "ClevrPerception",
    "ClevrPerceptionError",
    "ClevrRuntimeError",
    "ClevrWeightsError",
    "load_image",
]
