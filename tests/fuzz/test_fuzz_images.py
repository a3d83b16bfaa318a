"""Bad and unusual images through ``nsvr ask`` and ``nsvr graph``, with the real perception: an image nsvr can
read is answered (whatever its mode, size or frame count); one it cannot is one error line naming its path."""

from __future__ import annotations

import importlib.util
import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _png_header(width: int, height: int) -> bytes:
    """A PNG that declares ``width`` x ``height`` pixels and holds almost none (a decompression bomb's shape)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b"")
    )


def bad_images(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (path, what the error says)."""
    bus = (EXAMPLES / "bus.jpg").read_bytes()
    png = folder / "whole.png"
    Image.open(EXAMPLES / "bus.jpg").save(png)
    made = {
        "truncated jpeg": ("cut.jpg", bus[: len(bus) // 3], "truncated or corrupt"),
        "truncated png": ("cut.png", png.read_bytes()[:5000], "truncated or corrupt"),
        "zero bytes": ("empty.jpg", b"", "empty (0 bytes)"),
        "text": ("notes.jpg", b"this is not a picture\n", "is not an image"),
        "huge": ("huge.png", _png_header(30_000, 30_000), "more than the 400,000,000 allowed"),
        "missing": ("nowhere/none.png", None, "image file not found"),
    }
    out = {}
    for name, (file, data, message) in made.items():
        path = folder / file
        if data is not None:
            path.write_bytes(data)
        out[name] = (path, message)
    (folder / "a folder.jpg").mkdir()
    out["directory"] = (folder / "a folder.jpg", "got a directory")
    return out


def good_images(folder: Path) -> dict[str, Path]:
    photo = Image.open(EXAMPLES / "bus.jpg").convert("RGB").resize((405, 540))
    made: dict[str, Path] = {}
    tiny = folder / "one.png"
    Image.new("RGB", (1, 1), (200, 30, 30)).save(tiny)
    made["1x1"] = tiny
    deep = folder / "deep16.png"
    Image.fromarray(np.asarray(photo.convert("L"), dtype=np.uint16) * 257).save(deep)
    assert Image.open(deep).mode.startswith("I")
    made["16-bit"] = deep
    rgba = folder / "alpha.png"
    with_alpha = photo.convert("RGBA")
    with_alpha.putalpha(128)
    with_alpha.save(rgba)
    made["rgba"] = rgba
    gif = folder / "moving.gif"
    frames = [photo.rotate(angle) for angle in (0, 10, 20)]
    frames[0].save(gif, save_all=True, append_images=frames[1:], duration=100, loop=0)
    made["animated gif"] = gif
    brackets = folder / "photos[" / "x]" / "bus[red].jpg"  # reads photos[/x]/bus[red].jpg
    brackets.parent.mkdir(parents=True)
    photo.save(brackets)
    made["brackets"] = brackets
    return made


@pytest.mark.parametrize("perception", ["clevr", pytest.param("photo", marks=pytest.mark.slow)])
def test_bad_and_unusual_images(perception, nsvr, one_line_error, tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime" if perception == "clevr" else "cv2")
    monkeypatch.chdir(tmp_path)
    for name, (path, message) in bad_images(tmp_path).items():
        for command in (["ask", str(path), "How many things are there?"], ["graph", str(path)]):
            result = nsvr(*command, "--perception", perception)
            assert result.code == 2, (name, command, result)
            if name == "directory" and command[0] == "graph":
                # `nsvr graph FOLDER` is a batch of images: without --out it says where the graphs would go
                one_line_error(result.err, str(path), "is a folder", "--out")
                continue
            # nsvr's image reader says what is wrong; the CLEVR model reads images its own way (same path named)
            one_line_error(result.err, str(path), *([message] if perception == "photo" or name == "huge" else []))
    for name, path in good_images(tmp_path).items():
        answered = nsvr("ask", str(path), "How many things are there?", "--perception", perception, "--json")
        assert answered.code == 0, (name, answered)
        assert json.loads(answered.out)["status"] in {"ok", "unknown"}
        assert answered.err.startswith("annotated picture: runs/ask/"), (name, answered.err)
        show = tmp_path / "shown" / f"{path.stem}.png"
        drawn = nsvr("graph", str(path), "--perception", perception, "--show", str(show))
        assert drawn.code == 0 and json.loads(drawn.out)["width"] > 0, (name, drawn)
        assert Image.open(show).width > 0


def test_one_pixel_limit_that_pil_never_overrides(nsvr, one_line_error, tmp_path, monkeypatch):
    pytest.importorskip("onnxruntime")
    bomb = tmp_path / "declared-195mp.png"
    bomb.write_bytes(_png_header(15_000, 13_000))  # 195 MP: over PIL's own 179 MP bomb limit, under nsvr's
    result = nsvr("ask", str(bomb), "How many things are there?", "--perception", "clevr")
    one_line_error(result.err, str(bomb), "truncated")  # read as far as its data goes
    assert "decompression" not in result.err.lower()
    monkeypatch.setenv("NSVR_MAX_PIXELS", "100000")
    for perception in ["clevr"] + (["photo"] if importlib.util.find_spec("cv2") else []):
        result = nsvr("ask", str(EXAMPLES / "bus.jpg"), "How many buses?", "--perception", perception)
        one_line_error(result.err, "bus.jpg has 810x1080 pixels, more than the 100,000 allowed", "NSVR_MAX_PIXELS")
    monkeypatch.setenv("NSVR_MAX_PIXELS", "lots")
    result = nsvr("graph", str(EXAMPLES / "bus.jpg"), "--perception", "clevr")
    one_line_error(result.err, "NSVR_MAX_PIXELS must be a positive whole number of pixels, got 'lots'")
