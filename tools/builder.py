"""From an image to a :class:`~nsvr.scene_graph.models.SceneGraph`: run the configured tools, merge their
outputs, compute relations, and cache the graph on disk.

The default pipeline works offline: SSD-MobileNet detector, GrabCut masks, colour and size attributes (OCR when
``ocr=True``). Detections a little below ``min_score`` become the graph's ``candidates``, which the executor may
take into the scene when a question presupposes them (see :mod:`nsvr.scene_graph.revision`)::

    graph = build_scene_graph("examples/bus.jpg", cache_dir=".nsvr-cache")
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from nsvr.scene_graph.models import Attribute, SceneGraph
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool, ToolInput
from nsvr.tools.captioner import Captions
from nsvr.tools.convert import Detections, box_iou
from nsvr.tools.detector import Detector, keep_vocabulary
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.image_io import DEFAULT_MAX_SIDE, ImageSource, LoadedImage, load_image
from nsvr.tools.ocr import attach_texts
from nsvr.tools.registry import create_tool, tool_class

CACHE_FORMAT = 2
"""Bumped when the way graphs are built changes, so stale cache entries are not reused."""


class ToolSpec(BaseModel):
    """A tool by registry name with its options (``model``, ``device``, tool settings)."""

    name: str
    options: dict[str, Any] = Field(default_factory=dict)


class PerceptionConfig(BaseModel):
    """Which tools run and how their outputs merge. The default is the offline pipeline."""

    detectors: list[ToolSpec] = Field(default_factory=lambda: [ToolSpec(name="ssd")])
    segmenter: ToolSpec | None = Field(default_factory=lambda: ToolSpec(name="grabcut"))
    ocr: ToolSpec | None = None
    attributes: list[ToolSpec] = Field(default_factory=lambda: [ToolSpec(name="color"), ToolSpec(name="size")])
    depth: ToolSpec | None = None
    captioner: ToolSpec | None = None
    min_score: float = Field(default=0.25, ge=0.0, le=1.0, description="detections scoring less are not objects")
    candidate_fraction: float = Field(
        default=0.5,
        ge=0.0,
        le=1.0,
        description="detections scoring in [min_score * candidate_fraction, min_score) are kept as candidates; "
        "0 keeps none",
    )
    max_candidates: int = Field(
        default=4, ge=0, description="keep at most this many candidates per image, the best-scoring ones"
    )
    dedup_iou: float = Field(default=0.7, gt=0.0, le=1.0, description="same-class boxes above this IoU merge")
    mask_min_iou: float = Field(default=0.3, ge=0.0, le=1.0, description="drop masks whose box disagrees")
    max_side: int = Field(default=DEFAULT_MAX_SIDE, ge=32)

    @classmethod
    def default(cls, ocr: bool = False) -> PerceptionConfig:
        return cls(ocr=ToolSpec(name="ocr") if ocr else None)

    @property
    def candidate_floor(self) -> float:
        """The lowest detection score kept (as a candidate): ``min_score`` when candidates are off."""
        return self.min_score * self.candidate_fraction if self.candidate_fraction > 0 else self.min_score


def reconcile_masks(detections: Detections, min_iou: float) -> Detections:
    """Mask-to-box consistency: each mask is clipped to its box, and dropped when empty or when its own box
    overlaps the detection box by IoU < ``min_iou`` (the segmenter latched onto something else)."""
    if detections.masks is None:
        return detections
    kept = []
    for box, mask in zip(detections.boxes, detections.masks, strict=True):
        if mask is not None:
            mask = rle_masks.clip_to_box(mask, box)
            mask_box = rle_masks.to_box(mask)
            if mask_box is None or box_iou([mask_box], [box])[0, 0] < min_iou:
                mask = None
        kept.append(mask)
    return detections.replace(masks=kept)


class PerceptionPipeline:
    """The tools of a :class:`PerceptionConfig`, instantiated once (their models load on first use)."""

    def __init__(self, config: PerceptionConfig | None = None, tools: Sequence[Tool] = ()) -> None:
        self.config = config or PerceptionConfig()
        self.detectors: list[Tool] = [self._detector(s) for s in self.config.detectors]
        self.segmenter = _maybe(self.config.segmenter)
        self.ocr = _maybe(self.config.ocr)
        self.attributes: list[Tool] = [create_tool(s.name, **s.options) for s in self.config.attributes]
        self.depth = _maybe(self.config.depth)
        self.captioner = _maybe(self.config.captioner)
        for tool in tools:
            self._slot(tool)
        if not self.detectors and self.ocr is None:
            raise ToolConfigError("a perception pipeline needs at least one detector or OCR")

    def _detector(self, spec: ToolSpec) -> Tool:
        """A detector reporting down to the candidate floor, unless its spec sets ``min_score`` itself."""
        options = dict(spec.options)
        if issubclass(tool_class(spec.name), Detector):
            options.setdefault("min_score", self.config.candidate_floor)
        return create_tool(spec.name, **options)

    def _slot(self, tool: Tool) -> None:
        if tool.kind == "detector":
            self.detectors.append(tool)
        elif tool.kind == "attributes":
            self.attributes.append(tool)
        elif tool.kind in ("segmenter", "ocr", "depth", "captioner"):
            setattr(self, tool.kind, tool)
        else:
            raise ToolConfigError(f"tool {tool!r} has unknown kind {tool.kind!r}")

    def all_tools(self) -> list[Tool]:
        optional = [self.segmenter, self.ocr, self.depth, self.captioner]
        return [*self.detectors, *[t for t in optional if t is not None], *self.attributes]

    def fingerprint(self, vocabulary: Sequence[str] | None) -> str:
        """Hash of everything that shapes the output: tools, their settings, merge thresholds, vocabulary."""
        settings = self.config.model_dump(exclude={"detectors", "segmenter", "ocr", "attributes", "depth", "captioner"})
        described = {
            "format": CACHE_FORMAT,
            "tools": [tool.config() for tool in self.all_tools()],
            "settings": settings,
            "vocabulary": sorted(vocabulary) if vocabulary is not None else None,
        }
        return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def vocabulary(self, wanted: Sequence[str] | None) -> list[str]:
        """Names the detectors (and OCR) of this pipeline can see, narrowed to ``wanted`` when given."""
        from nsvr.scene_graph.names import name_matches

        names: list[str] = []
        for detector in self.detectors:
            names.extend(n for n in detector.vocabulary if n not in names)  # type: ignore[attr-defined]
        if wanted is not None:
            names = [n for n in names if any(name_matches(w, n) for w in wanted)]
        if self.ocr is not None and "text" not in names:
            names.append("text")
        return names

    def run(self, images: Sequence[LoadedImage], vocabulary: Sequence[str] | None = None) -> list[SceneGraph]:
        """Scene graphs of ``images``, each tool run once over the whole batch.

        Detections scoring under ``min_score`` (down to the candidate floor) go through the same tools and end up
        as the graph's candidates. Tools that compare instances (relative sizes, which box a text line belongs
        to) see the objects alone, so candidates never change the objects; the captioner sees only the objects."""
        wanted = None if vocabulary is None else list(vocabulary)
        inputs = [ToolInput(image=image, vocabulary=wanted) for image in images]
        per_image: list[list[Detections]] = [[] for _ in images]
        for detector in self.detectors:
            for found, result in zip(per_image, detector.run(inputs), strict=True):
                found.append(result.filter(min_score=self.config.candidate_floor))
        merged = [keep_vocabulary(Detections.merge(parts, self.config.dedup_iou), wanted) for parts in per_image]
        threshold = self.config.min_score
        objects = [d.filter(min_score=threshold) for d in merged]
        candidates = [self._candidates(d) for d in merged]
        if self.segmenter is not None:
            objects, candidates = self._each(self.segmenter, images, objects, candidates, wanted)
            objects = [reconcile_masks(d, self.config.mask_min_iou) for d in objects]
            candidates = [reconcile_masks(d, self.config.mask_min_iou) for d in candidates]
        if self.ocr is not None:
            texts = [t.deduplicate(self.config.dedup_iou) for t in self.ocr.run(inputs)]
            candidates = [
                _tail(attach_texts(Detections.concatenate([o, c]), t), len(o))
                for o, c, t in zip(objects, candidates, texts, strict=True)
            ]
            objects = [Detections.concatenate([attach_texts(o, t), t]) for o, t in zip(objects, texts, strict=True)]
        for tool in self.attributes:
            objects, candidates = self._among(tool, images, objects, candidates, wanted)
        if self.depth is not None:
            objects, candidates = self._each(self.depth, images, objects, candidates, wanted)
        captions: list[Captions | None] = [None] * len(images)
        if self.captioner is not None:
            captions = list(self.captioner.run(self._inputs(images, objects, wanted)))
        names = self.vocabulary(wanted)
        return [
            self._graph(i, o, c, caption, names)
            for i, o, c, caption in zip(images, objects, candidates, captions, strict=True)
        ]

    def _candidates(self, detections: Detections) -> Detections:
        """The best :attr:`PerceptionConfig.max_candidates` detections under ``min_score``, in their order."""
        below = [i for i, score in enumerate(detections.scores) if score < self.config.min_score]
        best = sorted(below, key=lambda i: -detections.scores[i])[: self.config.max_candidates]
        return detections.select(sorted(best))

    @staticmethod
    def _inputs(
        images: Sequence[LoadedImage], detections: Sequence[Detections], wanted: list[str] | None
    ) -> list[ToolInput]:
        return [ToolInput(image=i, detections=d, vocabulary=wanted) for i, d in zip(images, detections, strict=True)]

    def _each(
        self,
        tool: Tool,
        images: Sequence[LoadedImage],
        objects: list[Detections],
        candidates: list[Detections],
        wanted: list[str] | None,
    ) -> tuple[list[Detections], list[Detections]]:
        """A tool that treats each instance on its own (segmenter, depth), run once over objects and candidates
        together."""
        joined = [Detections.concatenate([o, c]) for o, c in zip(objects, candidates, strict=True)]
        done = list(tool.run(self._inputs(images, joined, wanted)))
        return [d.select(range(len(o))) for d, o in zip(done, objects, strict=True)], [
            _tail(d, len(o)) for d, o in zip(done, objects, strict=True)
        ]

    def _among(
        self,
        tool: Tool,
        images: Sequence[LoadedImage],
        objects: list[Detections],
        candidates: list[Detections],
        wanted: list[str] | None,
    ) -> tuple[list[Detections], list[Detections]]:
        """A tool that may compare instances (relative sizes): run on every image's objects alone, exactly as
        without candidates, then on the candidates of each image that has some, after its objects."""
        chosen = [i for i, c in enumerate(candidates) if len(c)]
        extra = [Detections.concatenate([objects[i], candidates[i]]) for i in chosen]
        done = list(tool.run(self._inputs([*images, *(images[i] for i in chosen)], [*objects, *extra], wanted)))
        revised = list(candidates)
        for i, d in zip(chosen, done[len(objects) :], strict=True):
            revised[i] = _tail(d, len(objects[i]))
        return done[: len(objects)], revised

    def _graph(
        self,
        image: LoadedImage,
        detections: Detections,
        candidates: Detections,
        captions: Captions | None,
        vocabulary: list[str],
    ) -> SceneGraph:
        from nsvr.scene_graph.geometry import BoxRelations, Geometry, PositionRelations

        facts: dict[str, str] = {}
        if captions is not None:
            if captions.caption:
                facts["caption"] = captions.caption
            if any(captions.regions):
                attributes = [dict(a) for a in detections.attributes or [{} for _ in range(len(detections))]]
                for index, text in enumerate(captions.regions[: len(detections)]):
                    if text:
                        attributes[index]["caption"] = Attribute(value=text, confidence=1.0)
                detections = detections.replace(attributes=attributes)
        objects = detections.to_objects()
        unsure = candidates.to_objects(start_id=len(objects))
        everything = objects + unsure
        width, height = image.original_size
        placed = any(o.position_3d is not None for o in everything)
        return SceneGraph(
            width=width,
            height=height,
            objects=objects,
            geometry=Geometry(boxes=BoxRelations(), positions=PositionRelations() if placed else None),
            facts=facts,
            vocabulary=vocabulary,
            metadata={
                "image_sha256": image.content_hash,
                "source": image.source,
                "tools": [tool.config() for tool in self.all_tools()],
                "detection_threshold": self.config.min_score,
            },
            candidates=unsure,
        )


def _tail(detections: Detections, start: int) -> Detections:
    """The detections from index ``start`` on."""
    return detections.select(range(start, len(detections)))


def _maybe(spec: ToolSpec | None) -> Tool | None:
    return None if spec is None else create_tool(spec.name, **spec.options)


def _cache_path(cache_dir: str | Path, image_hash: str, fingerprint: str) -> Path:
    return Path(cache_dir) / image_hash[:2] / f"{image_hash}-{fingerprint}.json"


def build_scene_graphs(
    images: Sequence[ImageSource],
    tools: PerceptionConfig | PerceptionPipeline | Sequence[Tool] | None = None,
    vocabulary: Sequence[str] | None = None,
    cache_dir: str | Path | None = None,
    ocr: bool = False,
) -> list[SceneGraph]:
    """Scene graphs of many images; each tool runs batched, and graphs found in ``cache_dir`` (keyed by image
    content hash + tool configuration) are not perceived again."""
    pipeline = _pipeline(tools, ocr)
    loaded = [load_image(image, max_side=pipeline.config.max_side) for image in images]
    fingerprint = pipeline.fingerprint(vocabulary)
    graphs: list[SceneGraph | None] = [None] * len(loaded)
    if cache_dir is not None:
        for index, image in enumerate(loaded):
            path = _cache_path(cache_dir, image.content_hash, fingerprint)
            if path.is_file():
                graphs[index] = SceneGraph.load(str(path))
    missing = [i for i, graph in enumerate(graphs) if graph is None]
    fresh = pipeline.run([loaded[i] for i in missing], vocabulary) if missing else []
    for index, graph in zip(missing, fresh, strict=True):
        graphs[index] = graph
        if cache_dir is not None:
            path = _cache_path(cache_dir, loaded[index].content_hash, fingerprint)
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_suffix(".tmp")
            graph.save(str(temporary))
            temporary.replace(path)  # atomic: a reader never sees half a file
    return [g for g in graphs if g is not None]


def build_scene_graph(
    image: ImageSource,
    tools: PerceptionConfig | PerceptionPipeline | Sequence[Tool] | None = None,
    vocabulary: Sequence[str] | None = None,
    cache_dir: str | Path | None = None,
    ocr: bool = False,
) -> SceneGraph:
    """The scene graph of one image. ``tools`` is a :class:`PerceptionConfig`, a ready pipeline, or tool
    objects (slotted by their kind; detectors default to SSD when none is given); ``vocabulary`` narrows the
    detected classes (and sets open-vocabulary detectors' classes); ``ocr`` adds text lines to the default."""
    return build_scene_graphs([image], tools, vocabulary, cache_dir, ocr)[0]


def _pipeline(tools: PerceptionConfig | PerceptionPipeline | Sequence[Tool] | None, ocr: bool) -> PerceptionPipeline:
    if isinstance(tools, PerceptionPipeline):
        return tools
    if isinstance(tools, PerceptionConfig):
        return PerceptionPipeline(tools)
    if tools is None:
        return PerceptionPipeline(PerceptionConfig.default(ocr=ocr))
    given = list(tools)
    for tool in given:
        if not isinstance(tool, Tool):
            raise ToolConfigError(f"tools must be Tool objects, a PerceptionConfig or a pipeline, got {tool!r}")
    kinds = {tool.kind for tool in given}
    config = PerceptionConfig(
        detectors=[] if "detector" in kinds else PerceptionConfig().detectors,
        segmenter=None,
        ocr=ToolSpec(name="ocr") if ocr and "ocr" not in kinds else None,
        attributes=[],
    )
    return PerceptionPipeline(config, given)
