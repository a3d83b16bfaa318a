"""Reading images for the perception tools: one entry point, one-line errors, full-resolution coordinates kept.

``load_image`` accepts a path, a URL, raw bytes, a numpy array (RGB order, HxW or HxWxC) or a PIL image, and
returns a :class:`LoadedImage`: 8-bit RGB pixels no larger than ``max_side`` for the models, plus the original
size and the ``scale`` between them, so tools report boxes in original-image pixels.

>>> image = load_image(np.zeros((30, 40), dtype=np.uint8))
>>> image.pixels.shape, image.original_size, image.scale
((30, 40, 3), (40, 30), 1.0)
>>> load_image(np.zeros((100, 4000, 3), dtype=np.uint8), max_side=1000).pixels.shape
(25, 1000, 3)
"""

from __future__ import annotations

import hashlib
import io
import os
import sys
import threading
import urllib.error
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import numpy as np
from PIL import Image, UnidentifiedImageError

from nsvr.scene_graph.models import Box
from nsvr.tools.errors import ImageLoadError

DEFAULT_MAX_SIDE = 2048
"""Longest side given to the models; larger images are downscaled (coordinates stay in original pixels)."""

MAX_PIXELS = 400_000_000
"""nsvr's one pixel limit: images with more pixels (a 20000x20000 photo) are refused with a one-line error before
they are decoded, rather than exhaust memory. Set it with the ``NSVR_MAX_PIXELS`` environment variable or by
assigning ``nsvr.tools.image_io.MAX_PIXELS``; it replaces PIL's decompression-bomb check (178 MP), which never
fires first."""

ImageSource = Union[str, Path, bytes, bytearray, np.ndarray, Image.Image, "LoadedImage"]


@dataclass(frozen=True, eq=False)
class LoadedImage:
    """RGB uint8 ``pixels`` (model resolution) of an image whose original size is ``original_size``.

    ``scale`` = model pixels per original pixel (<= 1); ``content_hash`` identifies the content (sha256 of the
    file bytes, or of the pixel array)."""

    pixels: np.ndarray
    original_size: tuple[int, int]
    scale: float
    content_hash: str
    source: str

    @property
    def width(self) -> int:
        return int(self.pixels.shape[1])

    @property
    def height(self) -> int:
        return int(self.pixels.shape[0])

    def to_pil(self) -> Image.Image:
        return Image.fromarray(self.pixels)

    def box_to_original(self, box: Box) -> Box:
        """A model-resolution box in original-image pixels, clipped to the image."""
        width, height = self.original_size
        s = self.scale
        return (
            min(max(box[0] / s, 0.0), width),
            min(max(box[1] / s, 0.0), height),
            min(max(box[2] / s, 0.0), width),
            min(max(box[3] / s, 0.0), height),
        )

    def box_to_model(self, box: Box) -> Box:
        """An original-image box in model-resolution pixels, clipped to the model image."""
        s = self.scale
        return (
            min(max(box[0] * s, 0.0), self.width),
            min(max(box[1] * s, 0.0), self.height),
            min(max(box[2] * s, 0.0), self.width),
            min(max(box[3] * s, 0.0), self.height),
        )


def load_image(source: ImageSource, *, max_side: int = DEFAULT_MAX_SIDE, timeout: float = 10.0) -> LoadedImage:
    """Read ``source`` into a :class:`LoadedImage` (grayscale, RGBA and 16-bit are converted to 8-bit RGB).

    Raises :class:`~nsvr.tools.errors.ImageLoadError` with a one-line reason: missing file, not an image,
    truncated file, URL unreachable, unsupported array, too many pixels.
    """
    if isinstance(source, LoadedImage):
        return source
    if isinstance(source, np.ndarray):
        pixels = _array_to_rgb(source)
        digest = hashlib.sha256(repr(pixels.shape).encode() + pixels.tobytes()).hexdigest()
        return _fit(Image.fromarray(pixels), digest, "array", max_side)
    if isinstance(source, Image.Image):
        rgb = _pil_to_rgb(source, "PIL image")
        digest = hashlib.sha256(repr(rgb.size).encode() + rgb.tobytes()).hexdigest()
        return _fit(rgb, digest, "PIL image", max_side)
    if isinstance(source, (bytes, bytearray)):
        return _from_bytes(bytes(source), "bytes", max_side)
    if isinstance(source, (str, Path)):
        text = str(source)
        if text.startswith(("http://", "https://")):
            return _from_bytes(_fetch(text, timeout), text, max_side)
        path = Path(text).expanduser()
        if not path.exists():
            raise ImageLoadError(f"image file not found: {path}")
        if path.is_dir():
            raise ImageLoadError(f"expected an image file, got a directory: {path}")
        return _from_bytes(path.read_bytes(), str(path), max_side)
    raise ImageLoadError(
        f"cannot read an image from a {type(source).__name__}; pass a path, URL, bytes, numpy array or PIL image"
    )


def _fetch(url: str, timeout: float) -> bytes:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - http(s) checked above
            return response.read()
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise ImageLoadError(
            f"cannot download image {url} ({reason}); offline? download it and pass the file path"
        ) from None


def _from_bytes(data: bytes, name: str, max_side: int) -> LoadedImage:
    if not data:
        raise ImageLoadError(f"{name} is empty (0 bytes), not an image")
    digest = hashlib.sha256(data).hexdigest()
    try:
        image = pil_open(io.BytesIO(data), name)
    except ImageLoadError:
        raise
    except (UnidentifiedImageError, ImportError):
        raise ImageLoadError(f"{name} is not an image (format not recognised)") from None
    except (OSError, ValueError, SyntaxError) as error:  # a header PIL recognised but cannot read
        raise ImageLoadError(f"{name} is truncated or corrupt ({error})") from None
    width, height = image.size
    if max(width, height) > max_side and image.format == "JPEG":
        image.draft("RGB", _target_size(width, height, max_side))  # decode at 1/2, 1/4 or 1/8 directly
    with _pixel_limit():
        try:
            image.load()
        except (OSError, ValueError, SyntaxError) as error:
            raise ImageLoadError(f"{name} is truncated or corrupt ({error})") from None
    rgb = _pil_to_rgb(image, name)
    return _fit(rgb, digest, name, max_side, original=(width, height))


def max_pixels() -> int:
    """The pixel limit in force: ``NSVR_MAX_PIXELS`` when set, else :data:`MAX_PIXELS`."""
    text = os.environ.get("NSVR_MAX_PIXELS", "").strip()
    if not text:
        return MAX_PIXELS
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise ImageLoadError(f"NSVR_MAX_PIXELS must be a positive whole number of pixels, got {text!r}")
    return value


_PIL_LIMIT_LOCK = threading.RLock()


@contextmanager
def _pixel_limit() -> Iterator[None]:
    """PIL's decompression-bomb check off (nsvr's own limit stands in for it), its warning silenced."""
    with _PIL_LIMIT_LOCK, warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        saved, Image.MAX_IMAGE_PIXELS = Image.MAX_IMAGE_PIXELS, None
        try:
            yield
        finally:
            Image.MAX_IMAGE_PIXELS = saved


def pil_open(stream: io.BytesIO | str | Path, name: str | None = None) -> Image.Image:
    """PIL's own ``Image.open`` (ultralytics replaces it process-wide with a version that, on a file PIL cannot
    identify, pip-installs and imports a HEIF plugin, and fails offline with ImportError), with nsvr's pixel
    limit (:func:`max_pixels`) checked from the header, before anything is decoded."""
    limit = max_pixels()
    opener = Image.open
    module = sys.modules.get(getattr(opener, "__module__", "") or "")
    if module is not None and module.__name__.startswith("ultralytics"):
        opener = getattr(module, "_image_open", opener)
    with _pixel_limit():
        image = opener(stream)
    width, height = image.size
    if width * height > limit:
        image.close()
        raise ImageLoadError(
            f"{name or stream} has {width}x{height} pixels, more than the {limit:,} allowed "
            "(raise the limit with NSVR_MAX_PIXELS)"
        )
    return image


def _target_size(width: int, height: int, max_side: int) -> tuple[int, int]:
    factor = min(1.0, max_side / max(width, height))
    return max(1, round(width * factor)), max(1, round(height * factor))


def _fit(
    rgb: Image.Image, digest: str, name: str, max_side: int, original: tuple[int, int] | None = None
) -> LoadedImage:
    width, height = original or rgb.size
    if width == 0 or height == 0:
        raise ImageLoadError(f"{name} has no pixels ({width}x{height})")
    target = _target_size(width, height, max_side)
    if rgb.size != target:
        rgb = rgb.resize(target, Image.Resampling.BILINEAR, reducing_gap=2.0)
    pixels = np.asarray(rgb, dtype=np.uint8)
    return LoadedImage(pixels, (width, height), target[0] / width, digest, name)


def _pil_to_rgb(image: Image.Image, name: str) -> Image.Image:
    mode = image.mode
    if mode == "RGB":
        return image
    if mode in ("I;16", "I;16B", "I;16L", "I;16N", "I", "F"):
        return Image.fromarray(_array_to_rgb(np.asarray(image)))
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    try:
        return image.convert("RGB")
    except (ValueError, OSError) as error:
        raise ImageLoadError(f"{name} has pixel mode {mode!r} that cannot become RGB ({error})") from None


def _array_to_rgb(array: np.ndarray) -> np.ndarray:
    if array.ndim == 3 and array.shape[2] == 1:
        array = array[:, :, 0]
    if array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)):
        raise ImageLoadError(f"an image array must be HxW, HxWx3 or HxWx4, got shape {array.shape}")
    array = _to_uint8(array)
    if array.ndim == 2:
        return np.repeat(array[:, :, None], 3, axis=2)
    if array.shape[2] == 4:
        alpha = array[:, :, 3:4].astype(np.float32) / 255.0
        blended = array[:, :, :3].astype(np.float32) * alpha + 255.0 * (1.0 - alpha)
        return np.round(blended).astype(np.uint8)
    return np.ascontiguousarray(array)


def _to_uint8(array: np.ndarray) -> np.ndarray:
    if array.dtype == np.uint8:
        return array
    if array.dtype == bool:
        return array.astype(np.uint8) * 255
    if array.dtype == np.uint16 or (np.issubdtype(array.dtype, np.integer) and array.max(initial=0) > 255):
        # 16-bit images: scale the full 16-bit range, as viewers do.
        return np.round(np.clip(array, 0, 65535).astype(np.float32) / 257.0).astype(np.uint8)
    if np.issubdtype(array.dtype, np.integer):
        return np.clip(array, 0, 255).astype(np.uint8)
    if np.issubdtype(array.dtype, np.floating):
        if not np.isfinite(array).all():
            raise ImageLoadError("image array has NaN or infinite values")
        low, high = float(array.min(initial=0.0)), float(array.max(initial=0.0))
        if low < 0.0 or high > 1.0 + 1e-6:
            if high <= 255.0 and low >= 0.0:
                return np.round(array).astype(np.uint8)
            raise ImageLoadError(f"float image values must lie in [0, 1] or [0, 255], got [{low:g}, {high:g}]")
        return np.round(array * 255.0).astype(np.uint8)
    raise ImageLoadError(f"unsupported image array dtype {array.dtype}")
