"""Finding tools by name: the built-ins plus third-party tools registered under the entry-point group
``nsvr.tools`` (``[project.entry-points."nsvr.tools"] mytool = "mypkg.module:MyTool"``).

Built-ins are named by import path, so listing them imports nothing heavy.

>>> "ssd" in available_tools()
True
>>> tool_class("grabcut").__name__
'GrabCutSegmenter'
"""

from __future__ import annotations

import importlib
from importlib.metadata import entry_points
from typing import Any

from nsvr.tools.base import Tool
from nsvr.tools.errors import ToolConfigError

ENTRY_POINT_GROUP = "nsvr.tools"

BUILTIN_TOOLS: dict[str, str] = {
    "ssd": "nsvr.tools.detector:SSDMobileNetDetector",
    "yolo": "nsvr.tools.detector:YOLODetector",
    "grabcut": "nsvr.tools.segmenter:GrabCutSegmenter",
    "grabcut-full": "nsvr.tools.segmenter:FullGrabCutSegmenter",
    "grabcut-probe": "nsvr.tools.segmenter:ProbeGrabCutSegmenter",
    "colour-model": "nsvr.tools.segmenter:ColourModelSegmenter",
    "sam": "nsvr.tools.segmenter:SamSegmenter",
    "ultralytics-sam": "nsvr.tools.segmenter:UltralyticsSamSegmenter",
    "ocr": "nsvr.tools.ocr:RapidOCRTool",
    "captioner": "nsvr.tools.captioner:Captioner",
    "color": "nsvr.tools.attributes:ColorAttributes",
    "size": "nsvr.tools.attributes:SizeAttributes",
    "clip": "nsvr.tools.attributes:ClipAttributes",
    "depth": "nsvr.tools.depth:DepthEstimator",
    "shapes": "nsvr.tools.regions:RegionProposer",
}

_registered: dict[str, type[Tool]] = {}


def register_tool(name: str, tool: type[Tool]) -> None:
    """Make ``tool`` available as ``name`` in this process (overrides a built-in or entry point)."""
    if not (isinstance(tool, type) and issubclass(tool, Tool)):
        raise ToolConfigError(f"register_tool({name!r}) needs a Tool subclass, got {tool!r}")
    _registered[name] = tool


def _entry_point_targets() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_tools() -> dict[str, str]:
    """Every known tool name and where it comes from (``module:Class``), built-ins first."""
    found = dict(BUILTIN_TOOLS)
    for name, entry in _entry_point_targets().items():
        found[name] = entry.value
    for name, tool in _registered.items():
        found[name] = f"{tool.__module__}:{tool.__qualname__}"
    return found


def tool_class(name: str) -> type[Tool]:
    """The tool class registered as ``name``."""
    if name in _registered:
        return _registered[name]
    entries = _entry_point_targets()
    if name in entries:
        try:
            loaded = entries[name].load()
        except Exception as error:  # a broken plugin must not look like an nsvr bug
            raise ToolConfigError(
                f"tool {name!r} from entry point {entries[name].value!r} failed to load: {error}"
            ) from error
    elif name in BUILTIN_TOOLS:
        module, _, attribute = BUILTIN_TOOLS[name].partition(":")
        loaded = getattr(importlib.import_module(module), attribute)
    else:
        known = ", ".join(sorted(available_tools()))
        raise ToolConfigError(f"unknown tool {name!r}; known tools: {known}")
    if not (isinstance(loaded, type) and issubclass(loaded, Tool)):
        raise ToolConfigError(f"tool {name!r} is {loaded!r}, not a subclass of nsvr.tools.base.Tool")
    return loaded


def create_tool(name: str, **options: Any) -> Tool:
    """An instance of tool ``name`` with ``options`` (``model``, ``device`` and the tool's own settings)."""
    cls = tool_class(name)
    try:
        return cls(**options)
    except TypeError as error:
        raise ToolConfigError(f"bad options for tool {name!r}: {error}") from None
