"""Reading CLEVR scene files and turning them into training data.

Two consumers: the YOLO detector (a dataset folder with ``images/``, ``labels/`` and ``data.yaml``) and the
attribute network (per-object records with the ground-truth box). Boxes come from the ``bbox`` field that
clevr-mini adds; released CLEVR scenes lack it, so :func:`object_box` falls back to decoding ``mask`` and
raises a clear error when neither is there. Nothing here is needed at inference time.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from nsvr.scene_graph.errors import NsvrError
from nsvr.tools.clevr.vocabulary import ATTRIBUTES, IMAGE_HEIGHT, IMAGE_WIDTH

DETECTOR_CLASSES = ["object"]


class ClevrDataError(NsvrError, ValueError):
    """A scenes file or image folder that cannot be used for training or evaluation."""


class ObjectRecord(BaseModel):
    """One ground-truth object: its box (x, y, w, h pixels), attributes, 3D position and, where the scenes
    file has one, its COCO RLE mask (an auxiliary training target of the attribute network).

    ``is_object`` False marks a box that holds no whole object (a detector's partial or merged box, a patch of
    floor): a negative example for the attribute network's objectness head, whose other fields are those of
    the object it overlaps most and are not trained on."""

    image: str
    box: tuple[float, float, float, float]
    color: str
    shape: str
    material: str
    size: str
    coords: tuple[float, float, float]
    pixel: tuple[float, float]
    depth: float
    mask: dict[str, Any] | None = None
    is_object: bool = True


def load_scenes(path: Path) -> dict[str, Any]:
    """The parsed scenes file (``{"info", "scenes": [...]}``), or a :class:`ClevrDataError`."""
    path = Path(path)
    if not path.is_file():
        raise ClevrDataError(f"scenes file {path} does not exist; pass the CLEVR scenes.json path")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ClevrDataError(f"scenes file {path} is not valid JSON: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("scenes"), list):
        raise ClevrDataError(f"{path} has no 'scenes' list; is it a CLEVR scenes file?")
    return data


def object_box(obj: dict[str, Any]) -> tuple[float, float, float, float]:
    """The visible box (x, y, w, h) of a scene object, from ``bbox`` or else from the RLE ``mask``.

    >>> object_box({"bbox": [10, 20, 5, 6]})
    (10.0, 20.0, 5.0, 6.0)
    """
    if "bbox" in obj:
        x, y, w, h = obj["bbox"]
        return (float(x), float(y), float(w), float(h))
    if "mask" in obj:
        from pycocotools import mask as mask_utils  # training only

        rle = dict(obj["mask"])
        rle["counts"] = rle["counts"].encode("ascii") if isinstance(rle["counts"], str) else rle["counts"]
        x, y, w, h = mask_utils.toBbox(rle).tolist()
        return (float(x), float(y), float(w), float(h))
    raise ClevrDataError(
        "scene objects carry neither 'bbox' nor 'mask'; training needs boxes (clevr-mini scenes have them, "
        "released CLEVR v1.0 scenes do not)"
    )


def object_records(scenes: dict[str, Any], images: Path | None = None) -> list[ObjectRecord]:
    """Every object of every scene as an :class:`ObjectRecord`; with ``images`` (the scenes' folder) each
    record names its image's full path, so that records of several sets can be mixed."""
    records = []
    for scene in scenes["scenes"]:
        image = str(Path(images) / scene["image_filename"]) if images is not None else scene["image_filename"]
        for obj in scene["objects"]:
            records.append(
                ObjectRecord(
                    image=image,
                    box=object_box(obj),
                    color=obj["color"],
                    shape=obj["shape"],
                    material=obj["material"],
                    size=obj["size"],
                    coords=tuple(obj["3d_coords"]),
                    pixel=(float(obj["pixel_coords"][0]), float(obj["pixel_coords"][1])),
                    depth=float(obj["pixel_coords"][2]),
                    mask=obj.get("mask"),
                )
            )
    for record in records:
        for name, values in ATTRIBUTES.items():
            if getattr(record, name) not in values:
                raise ClevrDataError(f"{record.image}: unknown {name} {getattr(record, name)!r}")
    return records


def yolo_label_lines(scene: dict[str, Any], width: int = IMAGE_WIDTH, height: int = IMAGE_HEIGHT) -> list[str]:
    """YOLO label lines ``class cx cy w h`` (normalised to [0, 1]) for one scene, one class "object".

    >>> yolo_label_lines({"objects": [{"bbox": [0, 0, 48, 32]}]}, width=480, height=320)
    ['0 0.050000 0.050000 0.100000 0.100000']
    """
    lines = []
    for obj in scene["objects"]:
        x, y, w, h = object_box(obj)
        x1, y1 = max(0.0, x), max(0.0, y)
        x2, y2 = min(float(width), x + w), min(float(height), y + h)
        if x2 <= x1 or y2 <= y1:
            continue
        cx, cy = (x1 + x2) / 2 / width, (y1 + y2) / 2 / height
        lines.append(f"0 {cx:.6f} {cy:.6f} {(x2 - x1) / width:.6f} {(y2 - y1) / height:.6f}")
    return lines


def _link_or_copy(source: Path, target: Path) -> None:
    if target.exists() or target.is_symlink():
        target.unlink()
    try:
        os.symlink(source.resolve(), target)
    except OSError:
        target.write_bytes(source.read_bytes())


def _write_split(scenes: dict[str, Any], images: Path, root: Path, split: str, prefix: str = "") -> int:
    image_dir, label_dir = root / "images" / split, root / "labels" / split
    image_dir.mkdir(parents=True, exist_ok=True)
    label_dir.mkdir(parents=True, exist_ok=True)
    for scene in scenes["scenes"]:
        source = Path(images) / scene["image_filename"]
        if not source.is_file():
            raise ClevrDataError(f"image {source} named in the scenes file is missing; check --images")
        _link_or_copy(source, image_dir / f"{prefix}{source.name}")
        (label_dir / f"{prefix}{source.stem}.txt").write_text("\n".join(yolo_label_lines(scene)) + "\n")
    return len(scenes["scenes"])


def scene_sets(scenes: Path | list[Path], images: Path | list[Path]) -> list[tuple[Path, Path]]:
    """``(scenes file, image folder)`` pairs from one path each or from two lists of the same length.

    >>> scene_sets([Path("a.json"), Path("b.json")], [Path("A"), Path("B")])
    [(PosixPath('a.json'), PosixPath('A')), (PosixPath('b.json'), PosixPath('B'))]
    """
    scene_list = [Path(scenes)] if isinstance(scenes, (str, Path)) else [Path(s) for s in scenes]
    image_list = [Path(images)] if isinstance(images, (str, Path)) else [Path(i) for i in images]
    if not scene_list or len(scene_list) != len(image_list):
        raise ClevrDataError(
            f"give one image folder per scenes file ({len(scene_list)} scenes files, {len(image_list)} folders)"
        )
    return list(zip(scene_list, image_list, strict=True))


def write_yolo_dataset(
    scenes: Path | list[Path],
    images: Path | list[Path],
    out: Path,
    val_scenes: Path | None = None,
    val_images: Path | None = None,
) -> Path:
    """Write a YOLO detection dataset under ``out`` and return its ``data.yaml``.

    ``scenes``/``images`` may be lists (several training sets: their images go into one split, named
    ``s<k>_<file>`` so that equal file names in two sets cannot collide). Images are symlinked (copied where
    links are impossible); without a validation split the training split doubles as validation so
    ultralytics has something to score.
    """
    out = Path(out)
    sets = scene_sets(scenes, images)
    for k, (scene_file, folder) in enumerate(sets):
        _write_split(load_scenes(scene_file), folder, out, "train", prefix=f"s{k}_" if len(sets) > 1 else "")
    if val_scenes is not None and val_images is not None:
        _write_split(load_scenes(val_scenes), val_images, out, "val")
        val_dir = "images/val"
    else:
        val_dir = "images/train"
    names = "\n".join(f"  {i}: {name}" for i, name in enumerate(DETECTOR_CLASSES))
    data_yaml = out / "data.yaml"
    data_yaml.write_text(f"path: {out.resolve()}\ntrain: images/train\nval: {val_dir}\nnames:\n{names}\n")
    return data_yaml
