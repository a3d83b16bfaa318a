from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from nsvr.tools.errors import ImageLoadError, ToolError
from nsvr.tools.image_io import load_image


def _png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def test_bundled_jpeg_loads_at_full_size_with_content_hash(bus_jpg: Path) -> None:
    image = load_image(bus_jpg)
    assert image.original_size == (810, 1080)
    assert image.pixels.shape == (1080, 810, 3) and image.pixels.dtype == np.uint8
    assert image.scale == 1.0
    assert image.content_hash == hashlib.sha256(bus_jpg.read_bytes()).hexdigest()
    assert load_image(bus_jpg.read_bytes()).content_hash == image.content_hash
    assert load_image(str(bus_jpg)).source == str(bus_jpg)


def test_grayscale_becomes_rgb(tmp_path: Path) -> None:
    gray = Image.fromarray(np.arange(64, dtype=np.uint8).reshape(8, 8) * 3, mode="L")
    path = tmp_path / "gray.png"
    gray.save(path)
    pixels = load_image(path).pixels
    assert pixels.shape == (8, 8, 3)
    assert (pixels[:, :, 0] == pixels[:, :, 2]).all() and pixels[7, 7, 1] == 189


def test_rgba_is_composited_on_white(tmp_path: Path) -> None:
    rgba = np.zeros((4, 4, 4), dtype=np.uint8)
    rgba[..., 0] = 200
    rgba[:2, :, 3] = 255  # top half opaque red, bottom half fully transparent
    path = tmp_path / "alpha.png"
    Image.fromarray(rgba, mode="RGBA").save(path)
    pixels = load_image(path).pixels
    assert pixels[0, 0].tolist() == [200, 0, 0]
    assert pixels[3, 3].tolist() == [255, 255, 255]
    assert load_image(rgba).pixels[3, 3].tolist() == [255, 255, 255]


def test_sixteen_bit_images_are_scaled_to_eight_bits(tmp_path: Path) -> None:
    values = np.array([[0, 32768], [65535, 257]], dtype=np.uint16)
    path = tmp_path / "deep.png"
    Image.fromarray(values).save(path)
    assert Image.open(path).mode.startswith("I")
    pixels = load_image(path).pixels
    assert pixels[:, :, 0].tolist() == [[0, 128], [255, 1]]
    assert load_image(values).pixels[:, :, 1].tolist() == [[0, 128], [255, 1]]


def test_float_and_bool_arrays() -> None:
    assert load_image(np.full((2, 2, 3), 0.5)).pixels[0, 0].tolist() == [128, 128, 128]
    assert load_image(np.eye(2, dtype=bool)).pixels[0, 0, 0] == 255
    with pytest.raises(ImageLoadError, match=r"\[0, 1\] or \[0, 255\]"):
        load_image(np.full((2, 2), -3.0))
    with pytest.raises(ImageLoadError, match="NaN"):
        load_image(np.full((2, 2), np.nan))
    with pytest.raises(ImageLoadError, match="HxW, HxWx3 or HxWx4"):
        load_image(np.zeros((2, 2, 5), dtype=np.uint8))


def test_not_an_image(tmp_path: Path) -> None:
    path = tmp_path / "notes.jpg"
    path.write_text("just some text, not pixels")
    with pytest.raises(ImageLoadError, match="is not an image"):
        load_image(path)
    with pytest.raises(ImageLoadError, match="empty"):
        load_image(b"")
    with pytest.raises(ImageLoadError, match="cannot read an image from a int"):
        load_image(42)  # type: ignore[arg-type]


def test_truncated_file(tmp_path: Path, bus_jpg: Path) -> None:
    path = tmp_path / "cut.jpg"
    path.write_bytes(bus_jpg.read_bytes()[:20000])
    with pytest.raises(ImageLoadError, match="truncated or corrupt"):
        load_image(path)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(ImageLoadError, match="image file not found"):
        load_image(tmp_path / "nowhere.png")
    with pytest.raises(ImageLoadError, match="got a directory"):
        load_image(tmp_path)


def test_unreachable_url_gives_one_line_offline_error() -> None:
    # Port 9 on loopback: nothing listens, so the connection is refused at once, as offline.
    with pytest.raises(ImageLoadError, match="cannot download image http://127.0.0.1:9/x.jpg") as raised:
        load_image("http://127.0.0.1:9/x.jpg", timeout=2)
    assert "\n" not in str(raised.value) and "offline?" in str(raised.value)
    assert isinstance(raised.value, ToolError)


@pytest.mark.slow
def test_huge_photo_is_downscaled_for_models_but_keeps_original_coordinates(tmp_path: Path) -> None:
    photo = Image.new("RGB", (12000, 9000), (20, 20, 20))
    photo.paste((250, 10, 10), (6000, 3000, 9000, 6000))  # a red square, original pixels
    path = tmp_path / "huge.jpg"
    photo.save(path, quality=90)
    del photo
    image = load_image(path)
    assert image.original_size == (12000, 9000)
    assert max(image.pixels.shape[:2]) == 2048
    assert image.scale == pytest.approx(2048 / 12000)
    ys, xs = np.nonzero(image.pixels[:, :, 0] > 128)
    model_box = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1))
    original = image.box_to_original(model_box)
    assert original == pytest.approx((6000, 3000, 9000, 6000), abs=12)
    assert image.box_to_model((6000, 3000, 9000, 6000)) == pytest.approx(model_box, abs=2)


def test_downscale_of_an_array_keeps_aspect_ratio() -> None:
    image = load_image(np.zeros((300, 4000, 3), dtype=np.uint8), max_side=1000)
    assert image.pixels.shape == (75, 1000, 3)
    assert image.original_size == (4000, 300)
    assert image.box_to_original((0, 0, 1000, 75)) == (0, 0, 4000, 300)


@pytest.mark.slow
def test_not_an_image_after_ultralytics_patched_pil(tmp_path: Path) -> None:
    pytest.importorskip("ultralytics")
    import ultralytics.utils.patches  # noqa: F401 - replaces PIL.Image.open process-wide

    path = tmp_path / "notes.png"
    path.write_text("still not pixels")
    with pytest.raises(ImageLoadError, match="is not an image"):
        load_image(path)
