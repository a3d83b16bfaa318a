"""The :class:`Tool` protocol every perception tool follows.

A tool takes :class:`ToolInput` (an image, plus the detections of earlier tools and the wanted vocabulary) and
returns a pydantic output (``output_type``). Models load lazily on first use and are cached per process, keyed
by tool class, model and device, so two tool objects with the same model share the weights; ``close()`` frees
them. ``device="auto"`` means CUDA when torch sees a GPU, else CPU; torch tools use fp16 on GPU.

>>> resolve_device("cpu")
'cpu'
"""

from __future__ import annotations

import gc
import importlib.util
import os
import socket
import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Generic, Literal, TypeVar
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict

from nsvr.tools.convert import Detections
from nsvr.tools.errors import MissingDependencyError, ModelNotAvailableError, ToolConfigError, ToolInputError
from nsvr.tools.image_io import ImageSource, LoadedImage, load_image

ToolKind = Literal["detector", "segmenter", "ocr", "captioner", "attributes", "depth"]
OutputT = TypeVar("OutputT", bound=BaseModel)

_MODEL_CACHE: dict[tuple[str, str, str], Any] = {}
_CACHE_LOCK = threading.Lock()


class ToolInput(BaseModel):
    """What a tool sees: the image, the detections so far (original-image pixels) and the wanted names."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    image: LoadedImage
    detections: Detections = Detections()
    vocabulary: list[str] | None = None


def resolve_device(device: str) -> str:
    """``"auto"`` becomes ``"cuda"`` when torch is installed and sees a GPU, else ``"cpu"``; other values pass
    through after a sanity check."""
    if device == "auto":
        if importlib.util.find_spec("torch") is None:
            return "cpu"
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cpu" or device == "mps" or device.startswith("cuda"):
        return device
    raise ToolConfigError(f"unknown device {device!r}; use 'auto', 'cpu', 'cuda', 'cuda:N' or 'mps'")


def require(module: str, package: str | None = None, extra: str = "perception", purpose: str = "") -> None:
    """Raise :class:`MissingDependencyError` unless ``module`` can be imported."""
    if importlib.util.find_spec(module) is None:
        raise MissingDependencyError(package or module, extra=extra, purpose=purpose)


def is_local_path(model: str) -> bool:
    """Whether ``model`` names something on disk (file or folder)."""
    return Path(model).expanduser().exists()


class Tool(ABC, Generic[OutputT]):
    """Base class of perception tools. Subclasses set ``name``, ``kind``, ``output_type`` and implement
    ``_load_model(device)`` and ``_predict(model, inputs)``; set ``batch_size`` when the model batches."""

    name: ClassVar[str]
    kind: ClassVar[ToolKind]
    output_type: ClassVar[type[BaseModel]]
    default_model: ClassVar[str | None] = None
    batch_size: int = 1

    def __init__(self, model: str | None = None, device: str = "auto") -> None:
        self.model_name = model if model is not None else self.default_model
        self.device = resolve_device(device)

    @property
    def half(self) -> bool:
        """fp16 on GPU."""
        return self.device.startswith("cuda")

    # ---- subclass hooks -------------------------------------------------------------------------------------

    @abstractmethod
    def _load_model(self, device: str) -> Any:
        """Load and return the model (called once per process for a given model and device)."""

    @abstractmethod
    def _predict(self, model: Any, inputs: Sequence[ToolInput]) -> list[OutputT]:
        """Outputs for a batch of at most ``batch_size`` inputs, one per input."""

    def options(self) -> dict[str, Any]:
        """Settings that change the output (beyond model and device): part of the scene-graph cache key."""
        return {}

    def attribute_values(self) -> dict[str, list[str] | None]:
        """attribute -> every value this tool can give it (``None``: any value, an open set), for the attributes
        it adds. A graph declares an attribute's values closed when every tool that adds it lists them, so that
        a question about a value no tool can give ("is there a navy shape?" when the tools say "blue") is
        answered "unknown", not "no"."""
        return {}

    # ---- public API -----------------------------------------------------------------------------------------

    def model_identity(self) -> str:
        """What identifies the loaded weights (the model name; subclasses add e.g. an architecture)."""
        return str(self.model_name)

    def _cache_key(self) -> tuple[str, str, str]:
        return (f"{type(self).__module__}.{type(self).__qualname__}", self.model_identity(), self.device)

    def load(self) -> Any:
        """The model, loaded on first call and shared by every tool of this class, model and device."""
        key = self._cache_key()
        with _CACHE_LOCK:
            if key not in _MODEL_CACHE:
                _MODEL_CACHE[key] = self._load_model(self.device)
            return _MODEL_CACHE[key]

    @property
    def is_loaded(self) -> bool:
        return self._cache_key() in _MODEL_CACHE

    def run(self, inputs: Sequence[ToolInput]) -> list[OutputT]:
        """Outputs for many inputs, in batches of ``batch_size``."""
        model = self.load()
        outputs: list[OutputT] = []
        for start in range(0, len(inputs), max(1, self.batch_size)):
            batch = list(inputs[start : start + max(1, self.batch_size)])
            produced = self._predict(model, batch)
            if len(produced) != len(batch):
                raise ToolInputError(f"{self.name} returned {len(produced)} outputs for {len(batch)} inputs")
            for item in produced:
                if not isinstance(item, self.output_type):
                    raise TypeError(f"{self.name} returned {type(item).__name__}, not {self.output_type.__name__}")
            outputs.extend(produced)
        return outputs

    def __call__(
        self,
        image: ImageSource,
        detections: Detections | None = None,
        vocabulary: Sequence[str] | None = None,
    ) -> OutputT:
        """The output for one image (any source :func:`~nsvr.tools.image_io.load_image` reads)."""
        loaded = load_image(image)
        names = None if vocabulary is None else list(vocabulary)
        return self.run([ToolInput(image=loaded, detections=detections or Detections(), vocabulary=names)])[0]

    def config(self) -> dict[str, Any]:
        """Everything that determines this tool's output: the cache key of graphs built with it."""
        return {"tool": self.name, "model": self.model_name, **self.options()}

    def close(self) -> None:
        """Drop this tool's model from the process cache and release GPU memory."""
        with _CACHE_LOCK:
            _MODEL_CACHE.pop(self._cache_key(), None)
        gc.collect()
        if self.device.startswith("cuda"):
            import torch

            torch.cuda.empty_cache()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(model={self.model_name!r}, device={self.device!r})"


def loaded_models() -> list[tuple[str, str, str]]:
    """Keys ``(tool class, model, device)`` of the models currently held in this process."""
    return list(_MODEL_CACHE)


def hub_reachable(timeout: float = 3.0) -> bool:
    """Whether the Hugging Face hub answers a TCP connection (False at once when ``HF_HUB_OFFLINE`` is set).

    Checked before downloading because transformers retries an unreachable hub for minutes."""
    if os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes"):
        return False
    host = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co")).hostname or "huggingface.co"
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False


def from_pretrained_offline(loader: Any, model: str, **kwargs: Any) -> Any:
    """``loader.from_pretrained(model)`` that fails fast with :class:`ModelNotAvailableError` when ``model`` is
    neither a local folder, nor in the Hugging Face cache, nor downloadable (hub unreachable)."""
    if is_local_path(model):
        return loader.from_pretrained(str(Path(model).expanduser()), **kwargs)
    try:
        return loader.from_pretrained(model, local_files_only=True, **kwargs)
    except (OSError, ValueError) as cached_error:
        if not hub_reachable():
            raise ModelNotAvailableError(model, hint="pass --model PATH") from cached_error
    try:
        return loader.from_pretrained(model, **kwargs)
    except OSError as error:
        raise ModelNotAvailableError(model, hint=f"pass --model PATH ({str(error).splitlines()[0][:100]})") from error
