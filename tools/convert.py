"""One door from model outputs into the scene graph: :class:`Detections` and its ``from_*`` constructors.

Every detector, segmenter and OCR engine output becomes ``Detections`` (boxes in original-image pixels), which
merge across tools and turn into scene-graph objects with :meth:`Detections.to_objects`.

>>> dets = Detections(boxes=[(0, 0, 10, 10), (1, 1, 10, 10)], scores=[0.9, 0.5], class_names=["cup", "cup"])
>>> [o.name for o in dets.deduplicate(0.7).to_objects()]
['cup']
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, model_validator

from nsvr.scene_graph.models import RLE, Attribute, Box, Object, SceneGraph
from nsvr.tools import masks as rle_masks
from nsvr.tools.errors import ToolInputError

Position3D = tuple[float, float, float]


def box_iou(a: np.ndarray | Sequence[Box], b: np.ndarray | Sequence[Box]) -> np.ndarray:
    """Pairwise IoU of ``(N, 4)`` and ``(M, 4)`` xyxy boxes, an ``(N, M)`` array.

    >>> box_iou([(0, 0, 2, 2)], [(1, 0, 3, 2), (5, 5, 6, 6)]).round(3).tolist()
    [[0.333, 0.0]]
    """
    first = np.asarray(a, dtype=np.float64).reshape(-1, 4)
    second = np.asarray(b, dtype=np.float64).reshape(-1, 4)
    x1 = np.maximum(first[:, None, 0], second[None, :, 0])
    y1 = np.maximum(first[:, None, 1], second[None, :, 1])
    x2 = np.minimum(first[:, None, 2], second[None, :, 2])
    y2 = np.minimum(first[:, None, 3], second[None, :, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area_a = (first[:, 2] - first[:, 0]) * (first[:, 3] - first[:, 1])
    area_b = (second[:, 2] - second[:, 0]) * (second[:, 3] - second[:, 1])
    union = area_a[:, None] + area_b[None, :] - inter
    return np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)


class Detections(BaseModel):
    """Parallel lists, one entry per detected instance; boxes are xyxy pixels of the ORIGINAL image."""

    model_config = ConfigDict(frozen=True)

    boxes: list[Box] = Field(default_factory=list)
    scores: list[float] = Field(default_factory=list)
    class_names: list[str] = Field(default_factory=list)
    masks: list[RLE | None] | None = None
    texts: list[str | None] | None = None
    attributes: list[dict[str, Attribute]] | None = None
    positions_3d: list[Position3D | None] | None = None
    sources: list[str | None] | None = Field(default=None, description="the tool behind each instance")

    @model_validator(mode="after")
    def _lengths_agree(self) -> Detections:
        count = len(self.boxes)
        for name in ("scores", "class_names", "masks", "texts", "attributes", "positions_3d", "sources"):
            values = getattr(self, name)
            if values is not None and len(values) != count:
                raise ValueError(f"Detections.{name} has {len(values)} entries for {count} boxes")
        for box in self.boxes:
            if box[2] < box[0] or box[3] < box[1]:
                raise ValueError(f"box must be (x1, y1, x2, y2) with x1 <= x2 and y1 <= y2, got {box}")
        return self

    def __len__(self) -> int:
        return len(self.boxes)

    @property
    def xyxy(self) -> np.ndarray:
        return np.asarray(self.boxes, dtype=np.float64).reshape(-1, 4)

    def _column(self, name: str, index: int) -> Any:
        values = getattr(self, name)
        return None if values is None else values[index]

    def select(self, indices: Sequence[int]) -> Detections:
        """The detections at ``indices``, in that order."""
        chosen = [int(i) for i in indices]
        fields: dict[str, Any] = {"boxes": [self.boxes[i] for i in chosen]}
        for name in ("scores", "class_names", "masks", "texts", "attributes", "positions_3d", "sources"):
            values = getattr(self, name)
            fields[name] = None if values is None else [values[i] for i in chosen]
        return Detections(**fields)

    def filter(self, min_score: float = 0.0, names: Sequence[str] | None = None) -> Detections:
        """Detections scoring at least ``min_score`` (and named one of ``names`` when given)."""
        wanted = None if names is None else set(names)
        keep = [
            i
            for i, score in enumerate(self.scores)
            if score >= min_score and (wanted is None or self.class_names[i] in wanted)
        ]
        return self.select(keep)

    def replace(self, **fields: Any) -> Detections:
        """A copy with some columns replaced (validated again)."""
        return Detections(**{**self.model_dump(), **fields})

    def deduplicate(self, iou_threshold: float = 0.7, class_agnostic: bool = False) -> Detections:
        """Greedy non-maximum suppression: of boxes overlapping by IoU >= ``iou_threshold`` (same class unless
        ``class_agnostic``), keep the highest-scoring one. Order of the kept ones follows the score."""
        if len(self) == 0:
            return self
        order = np.argsort(-np.asarray(self.scores), kind="stable")
        overlaps = box_iou(self.xyxy, self.xyxy)
        kept: list[int] = []
        for index in order:
            duplicate = any(
                overlaps[index, k] >= iou_threshold
                and (class_agnostic or self.class_names[index] == self.class_names[k])
                for k in kept
            )
            if not duplicate:
                kept.append(int(index))
        return self.select(kept)

    @classmethod
    def concatenate(cls, parts: Sequence[Detections]) -> Detections:
        """All detections of ``parts`` in order; a column missing in some part is filled with None / {}."""
        fields: dict[str, Any] = {
            "boxes": [b for p in parts for b in p.boxes],
            "scores": [s for p in parts for s in p.scores],
            "class_names": [n for p in parts for n in p.class_names],
        }
        for name in ("masks", "texts", "positions_3d", "sources", "attributes"):
            if any(getattr(p, name) is not None for p in parts):
                filler: Any = {} if name == "attributes" else None
                fields[name] = [
                    value
                    for p in parts
                    for value in (getattr(p, name) if getattr(p, name) is not None else [filler] * len(p))
                ]
        return cls(**fields)

    @classmethod
    def merge(cls, parts: Sequence[Detections], iou_threshold: float = 0.7) -> Detections:
        """Cross-tool merge: concatenate, then drop same-class duplicates by IoU (the best score wins)."""
        return cls.concatenate(parts).deduplicate(iou_threshold)

    def to_objects(self, start_id: int = 0, id_prefix: str = "") -> list[Object]:
        """Scene-graph objects with ids ``f"{id_prefix}{start_id + i}"``."""
        objects = []
        for i, box in enumerate(self.boxes):
            objects.append(
                Object(
                    id=f"{id_prefix}{start_id + i}",
                    name=self.class_names[i],
                    score=float(min(1.0, max(0.0, self.scores[i]))),
                    box=tuple(float(v) for v in box),
                    mask=self._column("masks", i),
                    text=self._column("texts", i),
                    attributes=dict(self._column("attributes", i) or {}),
                    position_3d=self._column("positions_3d", i),
                    source=self._column("sources", i),
                )
            )
        return objects

    def to_scene_graph(self, width: int, height: int, vocabulary: Sequence[str] | None = None) -> SceneGraph:
        """A scene graph of these detections alone (no relations)."""
        names = None if vocabulary is None else list(vocabulary)
        return SceneGraph(width=width, height=height, objects=self.to_objects(), vocabulary=names)

    # ---- constructors -------------------------------------------------------------------------------------

    @classmethod
    def from_ultralytics(cls, result: Any, scale: float = 1.0, source: str = "ultralytics") -> Detections:
        """From one ``ultralytics.engine.results.Results``; ``scale`` = the model image's size over the original
        (``LoadedImage.scale``), so boxes and masks come back in original pixels."""
        boxes = result.boxes
        if boxes is None:
            return cls()
        xyxy = _numpy(boxes.xyxy).reshape(-1, 4) / scale
        scores = _numpy(boxes.conf).reshape(-1).tolist()
        names = result.names
        classes = [names[int(c)] for c in _numpy(boxes.cls).reshape(-1)]
        height, width = (round(v / scale) for v in result.orig_shape)
        masks = None
        if getattr(result, "masks", None) is not None:
            masks = [_mask_to_original(m, result.orig_shape, (height, width)) for m in _numpy(result.masks.data)]
        return cls(
            boxes=[_clip(b, width, height) for b in xyxy.tolist()],
            scores=scores,
            class_names=classes,
            masks=masks,
            sources=[source] * len(scores),
        )

    @classmethod
    def from_opencv_ssd(
        cls,
        output: np.ndarray,
        labels: Mapping[int, str],
        image_size: tuple[int, int],
        min_score: float = 0.0,
        source: str = "ssd",
    ) -> Detections:
        """From an OpenCV DNN ``DetectionOutput`` blob ``(1, 1, N, 7)`` rows ``[batch, class, score, x1, y1, x2,
        y2]`` (normalised); ``image_size`` = original ``(width, height)``. Classes missing from ``labels`` are
        dropped."""
        width, height = image_size
        rows = np.asarray(output, dtype=np.float64).reshape(-1, 7)
        boxes, scores, names = [], [], []
        for row in rows:
            label = labels.get(int(row[1]))
            if label is None or row[2] < min_score:
                continue
            scaled = (row[3] * width, row[4] * height, row[5] * width, row[6] * height)
            boxes.append(_clip(scaled, width, height))
            scores.append(float(row[2]))
            names.append(label)
        return cls(boxes=boxes, scores=scores, class_names=names, sources=[source] * len(boxes))

    @classmethod
    def from_rapidocr(cls, output: Any, scale: float = 1.0, source: str = "rapidocr") -> Detections:
        """From a ``RapidOCROutput`` (quadrilateral ``boxes``, ``txts``, ``scores``): each text line becomes an
        axis-aligned box named ``"text"`` carrying its text."""
        quads = getattr(output, "boxes", None)
        if quads is None or len(quads) == 0:
            return cls()
        boxes = []
        for quad in np.asarray(quads, dtype=np.float64) / scale:
            x1, y1 = quad.min(axis=0)
            x2, y2 = quad.max(axis=0)
            boxes.append((max(0.0, x1), max(0.0, y1), max(0.0, x2), max(0.0, y2)))
        texts = [str(t) for t in output.txts]
        return cls(
            boxes=boxes,
            scores=[float(s) for s in output.scores],
            class_names=["text"] * len(boxes),
            texts=texts,
            sources=[source] * len(boxes),
        )

    @classmethod
    def from_transformers(
        cls,
        output: Sequence[Mapping[str, Any]] | Mapping[str, Any],
        id2label: Mapping[int, str] | None = None,
        scale: float = 1.0,
        source: str = "transformers",
    ) -> Detections:
        """From a transformers object-detection result: either a pipeline's list of ``{"score", "label", "box":
        {"xmin", "ymin", "xmax", "ymax"}}`` or a ``post_process_object_detection`` dict of ``scores``,
        ``labels`` (ids, or strings for zero-shot models) and ``boxes`` tensors (needs ``id2label`` for ids)."""
        if isinstance(output, Mapping):
            boxes_xyxy = _numpy(output["boxes"]).reshape(-1, 4) / scale
            scores = _numpy(output["scores"]).reshape(-1).tolist()
            raw_labels = output.get("text_labels", output.get("labels"))
            names = []
            for label in list(raw_labels):
                if isinstance(label, str):
                    names.append(label)
                elif id2label is None:
                    raise ToolInputError("from_transformers got class ids without id2label; pass model.config.id2label")
                else:
                    names.append(str(id2label[int(label)]))
            boxes = [tuple(float(v) for v in b) for b in boxes_xyxy.tolist()]
        else:
            boxes, scores, names = [], [], []
            for item in output:
                box = item["box"]
                boxes.append(tuple(float(box[k]) / scale for k in ("xmin", "ymin", "xmax", "ymax")))
                scores.append(float(item["score"]))
                names.append(str(item["label"]))
        return cls(
            boxes=[(b[0], b[1], max(b[0], b[2]), max(b[1], b[3])) for b in boxes],
            scores=scores,
            class_names=names,
            sources=[source] * len(boxes),
        )


def _numpy(value: Any) -> np.ndarray:
    if hasattr(value, "detach"):
        value = value.detach().float().cpu().numpy()
    return np.asarray(value)


def _clip(box: Sequence[float], width: float, height: float) -> Box:
    x1, y1, x2, y2 = (float(v) for v in box)
    x1, x2 = min(max(x1, 0.0), width), min(max(x2, 0.0), width)
    y1, y2 = min(max(y1, 0.0), height), min(max(y2, 0.0), height)
    return (x1, y1, max(x1, x2), max(y1, y2))


def _mask_to_original(mask: np.ndarray, model_shape: tuple[int, int], original: tuple[int, int]) -> RLE:
    """An ultralytics mask (letterboxed network resolution, or image resolution with retina masks) as an RLE of
    the original image: undo the letterbox padding, then resize with nearest neighbour."""
    from PIL import Image

    mask_h, mask_w = mask.shape
    image_h, image_w = model_shape
    if (mask_h, mask_w) != (image_h, image_w):
        gain = min(mask_h / image_h, mask_w / image_w)
        pad_x, pad_y = (mask_w - image_w * gain) / 2, (mask_h - image_h * gain) / 2
        top, left = int(round(pad_y - 0.1)), int(round(pad_x - 0.1))
        bottom, right = mask_h - int(round(pad_y + 0.1)), mask_w - int(round(pad_x + 0.1))
        mask = mask[top:bottom, left:right]
    binary = mask > 0.5
    if binary.shape != original:
        resized = Image.fromarray(binary.astype(np.uint8) * 255).resize(
            (original[1], original[0]), Image.Resampling.NEAREST
        )
        binary = np.asarray(resized) > 127
    return rle_masks.encode(binary)
