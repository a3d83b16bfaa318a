"""nsvr.tools: perception that turns an image into a :class:`~nsvr.scene_graph.models.SceneGraph`.

The main entry points, importable from here (loaded on first use, so ``import nsvr.tools`` stays light)::

    from nsvr.tools import build_scene_graph, load_image, Detections
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "build_scene_graph": "nsvr.tools.builder",
    "build_scene_graphs": "nsvr.tools.builder",
    "PerceptionConfig": "nsvr.tools.builder",
    "PerceptionPipeline": "nsvr.tools.builder",
    "ToolSpec": "nsvr.tools.builder",
    "Detections": "nsvr.tools.convert",
    "load_image": "nsvr.tools.image_io",
    "LoadedImage": "nsvr.tools.image_io",
    "Tool": "nsvr.tools.base",
    "ToolInput": "nsvr.tools.base",
    "create_tool": "nsvr.tools.registry",
    "available_tools": "nsvr.tools.registry",
    "Tracker": "nsvr.tools.tracking",
    "draw_scene_graph": "nsvr.tools.render",
    "draw_graph_diagram": "nsvr.tools.render",
    "ToolError": "nsvr.tools.errors",
    "ModelNotAvailableError": "nsvr.tools.errors",
    "ImageLoadError": "nsvr.tools.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'nsvr.tools' has no attribute {name!r}")
