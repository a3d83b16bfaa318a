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
from typing import Any, Literal

from pydantic import BaseModel, Field

from nsvr.scene_graph.models import Attribute, SceneGraph
from nsvr.tools import masks as rle_masks
from nsvr.tools.base import Tool
from nsvr.tools.captioner import Captions
from nsvr.tools.convert import Detections, box_iou
from nsvr.tools.detector import Detector
from nsvr.tools.errors import ToolConfigError
from nsvr.tools.image_io import DEFAULT_MAX_SIDE, ImageSource, LoadedImage, load_image
from nsvr.tools.needs import PerceptionNeeds
from nsvr.tools.registry import create_tool, tool_class
from nsvr.tools.session import PerceptionSession
from nsvr.tools.thresholds import (
    CANDIDATE_FRACTION,
    DETECTION_THRESHOLD,
    DRAWING_DETECTION_SCORE,
    REGION_CANDIDATE_FRACTION,
    REGION_THRESHOLD,
)

CACHE_FORMAT = 3
"""Bumped when the way graphs are built changes, so stale cache entries are not reused."""


class ToolSpec(BaseModel):
    """A tool by registry name with its options (``model``, ``device``, tool settings)."""

    name: str
    options: dict[str, Any] = Field(default_factory=dict)


class PerceptionConfig(BaseModel):
    """Which tools are at hand and how their outputs merge. The default is the offline pipeline.

    Tools run when a program needs them (see :mod:`nsvr.tools.session`): OCR when it reads text (always with
    ``ocr_always``), masks when it reads a colour or an overlap, the region proposer on flat drawings."""

    detectors: list[ToolSpec] = Field(default_factory=lambda: [ToolSpec(name="ssd")])
    segmenter: ToolSpec | None = Field(default_factory=lambda: ToolSpec(name="grabcut"))
    ocr: ToolSpec | None = Field(default_factory=lambda: ToolSpec(name="ocr"))
    ocr_always: bool = Field(default=False, description="read text for every question, not only text questions")
    regions: ToolSpec | None = Field(default_factory=lambda: ToolSpec(name="shapes"))
    regions_mode: Literal["auto", "always", "off"] = Field(
        default="auto",
        description="auto: the region proposer runs on flat drawings on a plain background, and when the "
        "detectors find nothing; always: on every image (--perception shapes)",
    )
    drawing_detection_score: float = Field(
        default=DRAWING_DETECTION_SCORE,
        ge=0.0,
        le=1.0,
        description="on a flat drawing, a detection this sure keeps its name over the region it covers",
    )
    attributes: list[ToolSpec] = Field(default_factory=lambda: [ToolSpec(name="color"), ToolSpec(name="size")])
    depth: ToolSpec | None = None
    captioner: ToolSpec | None = None
    min_score: float = Field(
        default=DETECTION_THRESHOLD, ge=0.0, le=1.0, description="detections scoring less are not objects"
    )
    region_threshold: float = Field(
        default=REGION_THRESHOLD, ge=0.0, le=1.0, description="regions scoring less are not objects"
    )
    candidate_fraction: float = Field(
        default=CANDIDATE_FRACTION,
        ge=0.0,
        le=1.0,
        description="detections scoring in [min_score * candidate_fraction, min_score) are kept as candidates; "
        "0 keeps none",
    )
    region_candidate_fraction: float = Field(
        default=REGION_CANDIDATE_FRACTION,
        ge=0.0,
        le=1.0,
        description="regions scoring in [region_threshold * this, region_threshold) are kept as candidates",
    )
    max_candidates: int = Field(
        default=4, ge=0, description="keep at most this many candidates per image, the best-scoring ones"
    )
    dedup_iou: float = Field(default=0.7, gt=0.0, le=1.0, description="same-class boxes above this IoU merge")
    mask_min_iou: float = Field(default=0.3, ge=0.0, le=1.0, description="drop masks whose box disagrees")
    max_side: int = Field(default=DEFAULT_MAX_SIDE, ge=32)

    @classmethod
    def default(cls, ocr: bool = False) -> PerceptionConfig:
        return cls(ocr_always=ocr)

    @classmethod
    def shapes(cls) -> PerceptionConfig:
        """Plain-background scenes only: the region proposer, no detector (``--perception shapes``)."""
        return cls(detectors=[], segmenter=None, regions_mode="always")

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
        self.regions = _maybe(self.config.regions) if self.config.regions_mode != "off" else None
        self.attributes: list[Tool] = [create_tool(s.name, **s.options) for s in self.config.attributes]
        self.depth = _maybe(self.config.depth)
        self.captioner = _maybe(self.config.captioner)
        for tool in tools:
            self._slot(tool)
        if not self.detectors and self.ocr is None and self.regions is None:
            raise ToolConfigError("a perception pipeline needs at least one detector, the region proposer or OCR")

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
        optional = [self.segmenter, self.ocr, self.regions, self.depth, self.captioner]
        return [*self.detectors, *[t for t in optional if t is not None], *self.attributes]

    def fingerprint(self, vocabulary: Sequence[str] | None) -> str:
        """Hash of everything that shapes the output: tools, their settings, merge thresholds, vocabulary."""
        settings = self.config.model_dump(
            exclude={"detectors", "segmenter", "ocr", "regions", "attributes", "depth", "captioner"}
        )
        described = {
            "format": CACHE_FORMAT,
            "tools": [tool.config() for tool in self.all_tools()],
            "settings": settings,
            "vocabulary": sorted(vocabulary) if vocabulary is not None else None,
        }
        return hashlib.sha256(json.dumps(described, sort_keys=True, default=str).encode()).hexdigest()[:16]

    def vocabulary(self, wanted: Sequence[str] | None, asked: dict[int, list[str]] | None = None) -> list[str]:
        """Names the detectors (and OCR) of this pipeline can see, narrowed to ``wanted`` when given; an
        open-vocabulary detector sees the names it was ``asked`` for (index -> names)."""
        from nsvr.scene_graph.names import name_matches

        names: list[str] = []
        for index, detector in enumerate(self.detectors):
            if getattr(detector, "open_vocabulary", False):
                seen = list((asked or {}).get(index, getattr(detector, "classes", None) or []))
            else:
                seen = list(detector.vocabulary)  # type: ignore[attr-defined]
            names.extend(n for n in seen if n not in names)
        if wanted is not None:
            names = [n for n in names if any(name_matches(w, n) for w in wanted)]
        if self.ocr is not None and "text" not in names:
            names.append("text")
        return names

    def session(self, image: LoadedImage) -> PerceptionSession:
        """A lazy per-image perception session (see :mod:`nsvr.tools.session`)."""
        return PerceptionSession(self, image)

    def everything(self, vocabulary: Sequence[str] | None = None) -> PerceptionNeeds:
        """The needs of the eager graph: every tool (OCR only when ``ocr_always``), every relation."""
        needs = PerceptionNeeds.everything(vocabulary)
        return needs if self.config.ocr_always else needs.model_copy(update={"text": False})

    def run(self, images: Sequence[LoadedImage], vocabulary: Sequence[str] | None = None) -> list[SceneGraph]:
        """Eager scene graphs of ``images``: every configured tool on every image, the special case of the lazy
        session with every need. Detections scoring under ``min_score`` (down to the candidate floor) go
        through the same tools and end up as the graph's candidates."""
        needs = self.everything(vocabulary)
        return [self.session(image).graph(needs) for image in images]


def graph_from_detections(
    pipeline: PerceptionPipeline,
    image: LoadedImage,
    detections: Detections,
    candidates: Detections,
    captions: Captions | None,
    ids: Sequence[str],
    candidate_ids: Sequence[str],
    vocabulary: list[str],
    facts: dict[str, str] | None = None,
    fact_readings: dict[str, Attribute] | None = None,
) -> SceneGraph:
    """The scene graph of perceived objects and candidates; its 2D (and, with positions, 3D) relations are
    declared, computed when a program asks. ``facts``: what the tools found about the whole picture;
    ``fact_readings``: those of them the tools were unsure of, with their runners-up."""
    from nsvr.scene_graph.geometry import BoxRelations, Geometry, LayerRelations, PositionRelations

    facts = dict(facts or {})
    if captions is not None:
        if captions.caption:
            facts["caption"] = captions.caption
        if any(captions.regions):
            attributes = [dict(a) for a in detections.attributes or [{} for _ in range(len(detections))]]
            for index, text in enumerate(captions.regions[: len(detections)]):
                if text:
                    attributes[index]["caption"] = Attribute(value=text, confidence=1.0)
            detections = detections.replace(attributes=attributes)
    objects = [o.model_copy(update={"id": i}) for o, i in zip(detections.to_objects(), ids, strict=True)]
    unsure = [o.model_copy(update={"id": i}) for o, i in zip(candidates.to_objects(), candidate_ids, strict=True)]
    everything = objects + unsure
    width, height = image.original_size
    placed = any(o.position_3d is not None for o in everything)
    told = declared_attribute_values(pipeline.all_tools())
    if told and "tone" in told and not any(o.attribute("tone") for o in everything):
        # only the region proposer tells a drawn fill's tone ("light green"): of a photo's objects, nothing does
        told = {attribute: values for attribute, values in told.items() if attribute != "tone"} or None
    return SceneGraph(
        width=width,
        height=height,
        objects=objects,
        geometry=Geometry(
            boxes=BoxRelations(),
            positions=PositionRelations() if placed else None,
            layers=LayerRelations() if any("layer" in o.attributes for o in everything) else None,
        ),
        facts=facts,
        fact_readings=dict(fact_readings or {}),
        vocabulary=vocabulary,
        attribute_values=told,
        metadata={
            "image_sha256": image.content_hash,
            "source": image.source,
            "tools": [tool.config() for tool in pipeline.all_tools()],
            "detection_threshold": pipeline.config.min_score,
        },
        candidates=unsure,
    )


def declared_attribute_values(tools: Sequence[Tool]) -> dict[str, list[str]] | None:
    """attribute -> the values the tools can give it, for each attribute whose every tool lists its values
    (None when none does): the graph's closed attribute domains.

    >>> from nsvr.tools.attributes import ColorAttributes, SizeAttributes
    >>> declared = declared_attribute_values([ColorAttributes(), SizeAttributes()])
    >>> "navy" in declared["color"], declared["size"]
    (False, ['large', 'small'])
    """
    closed: dict[str, list[str]] = {}
    open_: set[str] = set()
    for tool in tools:
        for attribute, values in tool.attribute_values().items():
            if values is None:
                open_.add(attribute)
            else:
                closed.setdefault(attribute, [])
                closed[attribute] += [v for v in values if v not in closed[attribute]]
    domain = {attribute: values for attribute, values in closed.items() if attribute not in open_}
    return domain or None


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
        ocr_always=ocr,
        regions=None,
        attributes=[],
    )
    return PerceptionPipeline(config, given)
